package io.ovsguard.cli.exec;

import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.op.Condition;
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

    WorkingDatabase fetch(Prerequisites prerequisites, Duration timeout) {
        Map<String, Set<String>> wanted = prerequisites.asMap();
        List<Operation> selects = new ArrayList<>();
        List<String> tableOfSelect = new ArrayList<>();
        for (Map.Entry<String, Set<String>> table : wanted.entrySet()) {
            Set<String> columns = new LinkedHashSet<>();
            columns.add(Row.UUID_COLUMN);
            columns.addAll(table.getValue());
            columns.remove(Row.VERSION_COLUMN);
            List<List<Condition>> restrictions = prerequisites.restrictionsOf(table.getKey());
            for (List<Condition> where : restrictions.isEmpty() ? List.of(List.<Condition>of()) : restrictions) {
                selects.add(new Operation.Select(table.getKey(), where, Optional.of(List.copyOf(columns))));
                tableOfSelect.add(table.getKey());
            }
        }
        TransactResult result = client.transact(new Transaction(schema.name(), selects), timeout).orThrow();
        Map<String, Map<Uuid, Map<String, Datum>>> byTable = new LinkedHashMap<>();
        wanted.keySet().forEach(t -> byTable.put(t, new LinkedHashMap<>()));
        for (int i = 0; i < selects.size(); i++) {
            Map<Uuid, Map<String, Datum>> rows = byTable.get(tableOfSelect.get(i));
            for (Row row : result.rows(i)) {
                Uuid uuid = row.uuid().orElseThrow(() -> new IllegalStateException("select returned no _uuid"));
                rows.put(uuid, row.columns());
            }
        }
        WorkingDatabase db = new WorkingDatabase(schema);
        byTable.forEach(db::addFetched);
        return db;
    }
}
