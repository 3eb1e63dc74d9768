package io.ovsguard.validator.guard;

import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.op.TransactionBuilder;
import io.ovsguard.ovsdb.result.TransactResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every row of the tables a DPDK change can touch, read in one transaction (or as part of the commit transaction, so
 * that the snapshot is exactly the state the commit saw or made).
 */
public record DatabaseSnapshot(Map<String, Map<Uuid, Row>> tables) {

    /** The tables a guarded change may write and that a rollback restores. */
    public static final List<String> TABLES = List.of("Open_vSwitch", "Bridge", "Port", "Interface");

    public DatabaseSnapshot {
        Map<String, Map<Uuid, Row>> copy = new LinkedHashMap<>();
        tables.forEach((table, rows) -> copy.put(table, Map.copyOf(rows)));
        tables = java.util.Collections.unmodifiableMap(copy);
    }

    /** Adds one select of every row of every table to {@code tx}; returns the select indices by table. */
    public static Map<String, Integer> selectAll(TransactionBuilder tx) {
        Map<String, Integer> indices = new LinkedHashMap<>();
        for (String table : TABLES) {
            indices.put(table, tx.select(table, List.<Condition>of()));
        }
        return indices;
    }

    public static DatabaseSnapshot from(TransactResult result, Map<String, Integer> indices) {
        Map<String, Map<Uuid, Row>> tables = new LinkedHashMap<>();
        indices.forEach((table, index) -> {
            Map<Uuid, Row> rows = new LinkedHashMap<>();
            for (Row row : result.rows(index)) {
                rows.put(row.uuid().orElseThrow(() -> new IllegalStateException("select returned no _uuid")), row);
            }
            tables.put(table, rows);
        });
        return new DatabaseSnapshot(tables);
    }

    public Map<Uuid, Row> rows(String table) {
        return tables.getOrDefault(table, Map.of());
    }

    public Optional<Row> row(RowKey key) {
        return Optional.ofNullable(rows(key.table()).get(key.uuid()));
    }

    public boolean contains(RowKey key) {
        return rows(key.table()).containsKey(key.uuid());
    }

    /** Rows of {@code table} matching every condition of {@code where}. */
    public List<Row> matching(String table, List<Condition> where) {
        return rows(table).values().stream().filter(row -> RowMatcher.matches(row, where)).toList();
    }

    /** The root row ({@code Open_vSwitch} has exactly one). */
    public Optional<Row> root() {
        return rows("Open_vSwitch").values().stream().findFirst();
    }
}
