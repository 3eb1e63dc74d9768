package io.ovsguard.cli.exec;

import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.op.Operation;
import io.ovsguard.ovsdb.op.Transaction;
import io.ovsguard.ovsdb.result.TransactResult;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the declared tables and columns in one read-only transaction, so every command of a command line sees one
 * consistent state of the database.
 */
final class RowFetcher {

    private final BlockingOvsdbClient client;
    private final DatabaseSchema schema;

    RowFetcher(BlockingOvsdbClient client, DatabaseSchema schema) {
        this.client = client;
        this.schema = schema;
    }

    WorkingDatabase fetch(Map<String, Set<String>> wanted, Duration timeout) {
        List<Operation> selects = new ArrayList<>();
        List<String> tables = new ArrayList<>(wanted.keySet());
        for (String table : tables) {
            Set<String> columns = new LinkedHashSet<>();
            columns.add(Row.UUID_COLUMN);
            columns.addAll(wanted.get(table));
            columns.remove(Row.VERSION_COLUMN);
            selects.add(new Operation.Select(table, List.of(), Optional.of(List.copyOf(columns))));
        }
        TransactResult result = client.transact(new Transaction(schema.name(), selects), timeout).orThrow();
        WorkingDatabase db = new WorkingDatabase(schema);
        for (int i = 0; i < tables.size(); i++) {
            Map<Uuid, Map<String, Datum>> rows = new LinkedHashMap<>();
            for (Row row : result.rows(i)) {
                Uuid uuid = row.uuid().orElseThrow(() -> new IllegalStateException("select returned no _uuid"));
                rows.put(uuid, row.columns());
            }
            db.addFetched(tables.get(i), rows);
        }
        return db;
    }
}
