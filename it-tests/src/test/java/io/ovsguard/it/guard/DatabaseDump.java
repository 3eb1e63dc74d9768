package io.ovsguard.it.guard;

import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.op.TransactionBuilder;
import io.ovsguard.ovsdb.result.TransactResult;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every row of every table of the Open_vSwitch database, read in one transaction, without the columns that change
 * on their own: the configuration counters every guarded transaction bumps ({@code next_cfg}, and {@code cur_cfg}
 * which follows it) and the counters ovs-vswitchd refreshes periodically ({@code statistics}).
 */
record DatabaseDump(Map<String, Map<String, Map<String, Object>>> tables) {

    static final Set<String> VOLATILE = Set.of("next_cfg", "cur_cfg", "statistics");
    static final Set<String> RUNTIME_INTERFACE_COLUMNS = Set.of("link_resets", "status", "link_state", "link_speed",
            "duplex", "mac_in_use");

    static DatabaseDump read(BlockingOvsdbClient client) {
        DatabaseSchema schema = client.getSchema("Open_vSwitch");
        TransactionBuilder tx = new TransactionBuilder(schema);
        Map<String, Integer> selects = new TreeMap<>();
        for (String table : schema.tables().keySet()) {
            selects.put(table, tx.select(table, List.of()));
        }
        TransactResult result = client.transact(tx.build()).orThrow();
        Map<String, Map<String, Map<String, Object>>> tables = new TreeMap<>();
        selects.forEach((table, index) -> {
            Map<String, Map<String, Object>> rows = new TreeMap<>();
            for (Row row : result.rows(index)) {
                Map<String, Object> columns = new TreeMap<>();
                row.columns().forEach((column, datum) -> {
                    if (!VOLATILE.contains(column)) {
                        columns.put(column, datum);
                    }
                });
                rows.put(row.uuid().orElseThrow().toString(), columns);
            }
            tables.put(table, rows);
        });
        return new DatabaseDump(tables);
    }

    /** Rows whose external_ids carry an ovsguard crash mark, as {@code table uuid}. */
    List<String> marked() {
        return tables.entrySet().stream().flatMap(t -> t.getValue().entrySet().stream()
                .filter(r -> String.valueOf(r.getValue().get("external_ids")).contains("ovsguard-guard"))
                .map(r -> t.getKey() + " " + r.getKey())).toList();
    }

    /**
     * The dump without the Interface columns ovs-vswitchd rewrites when it re-adds a port (an MTU change does): its
     * link, status and MAC in use. What remains is the configuration.
     */
    DatabaseDump configuration() {
        Map<String, Map<String, Map<String, Object>>> copy = new TreeMap<>();
        tables.forEach((table, rows) -> {
            Map<String, Map<String, Object>> kept = new TreeMap<>();
            rows.forEach((uuid, columns) -> {
                Map<String, Object> c = new TreeMap<>(columns);
                if (table.equals("Interface")) {
                    c.keySet().removeAll(RUNTIME_INTERFACE_COLUMNS);
                }
                kept.put(uuid, c);
            });
            copy.put(table, kept);
        });
        return new DatabaseDump(copy);
    }

    /** {@code table uuid column: this -> other} for every difference, for failure messages. */
    List<String> differencesTo(DatabaseDump other) {
        List<String> out = new java.util.ArrayList<>();
        Set<String> names = new java.util.TreeSet<>(tables.keySet());
        names.addAll(other.tables.keySet());
        for (String table : names) {
            Map<String, Map<String, Object>> mine = tables.getOrDefault(table, Map.of());
            Map<String, Map<String, Object>> theirs = other.tables.getOrDefault(table, Map.of());
            Set<String> rows = new java.util.TreeSet<>(mine.keySet());
            rows.addAll(theirs.keySet());
            for (String row : rows) {
                Map<String, Object> a = mine.get(row);
                Map<String, Object> b = theirs.get(row);
                if (a == null || b == null) {
                    out.add(table + " " + row + (a == null ? " added" : " removed"));
                    continue;
                }
                a.forEach((column, value) -> {
                    if (!value.equals(b.get(column))) {
                        out.add(table + " " + row + " " + column + ": " + value + " -> " + b.get(column));
                    }
                });
            }
        }
        return out;
    }
}
