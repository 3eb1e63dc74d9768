package io.ovsguard.cli.exec;

import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.op.Operation;
import io.ovsguard.ovsdb.op.Transaction;
import io.ovsguard.ovsdb.result.TransactResult;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the declared tables and columns in one read-only transaction, so every command of a command line sees one
 * consistent state of the database. With row restrictions, the rows linked to the fetched ones and the references
 * of partial columns come in further transactions, as the {@link FetchPlanner} plans them.
 */
final class RowFetcher {

    private final BlockingOvsdbClient client;
    private final DatabaseSchema schema;

    RowFetcher(BlockingOvsdbClient client, DatabaseSchema schema) {
        this.client = client;
        this.schema = schema;
    }

    WorkingDatabase fetch(Prerequisites prerequisites, Duration timeout) {
        FetchPlanner planner = new FetchPlanner(prerequisites, schema);
        FetchedRows fetched = new FetchedRows(prerequisites.asMap().keySet());
        List<FetchPlanner.Query> round = planner.first();
        while (!round.isEmpty()) {
            run(round, fetched, timeout);
            round = planner.next(fetched);
            if (planner.anyCheckFails(fetched)) {
                // the scoped rows may miss what the commands must see (a port in two bridges): fetch it all
                return fetch(prerequisites.whole(), timeout);
            }
        }
        if (planner.anyGuardSet(fetched)) {
            // the columns left out are needed after all, and every value must come from one transaction
            return fetch(prerequisites.withGuardedColumns(), timeout);
        }
        return fetched.database(schema, planner.partialColumns());
    }

    private void run(List<FetchPlanner.Query> queries, FetchedRows fetched, Duration timeout) {
        List<Operation> operations = new ArrayList<>(queries.size());
        queries.forEach(q -> operations.add(q.select()));
        TransactResult result = client.transact(new Transaction(schema.name(), operations), timeout).orThrow();
        for (int i = 0; i < queries.size(); i++) {
            fetched.add(queries.get(i), result.rows(i));
        }
    }
}
