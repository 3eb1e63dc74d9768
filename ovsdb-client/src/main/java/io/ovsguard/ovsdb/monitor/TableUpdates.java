package io.ovsguard.ovsdb.monitor;

import io.ovsguard.ovsdb.notation.Uuid;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A decoded {@code <table-updates>}: table name to row uuid to what happened to that row. */
public record TableUpdates(Map<String, Map<Uuid, RowUpdate>> tables) {

    private static final TableUpdates EMPTY = new TableUpdates(Map.of());

    public TableUpdates {
        Objects.requireNonNull(tables, "tables");
        Map<String, Map<Uuid, RowUpdate>> copy = new LinkedHashMap<>();
        tables.forEach((table, rows) -> copy.put(table, Collections.unmodifiableMap(new LinkedHashMap<>(rows))));
        tables = Collections.unmodifiableMap(copy);
    }

    public static TableUpdates empty() {
        return EMPTY;
    }

    /** The updates of {@code table}; empty if it has none. */
    public Map<Uuid, RowUpdate> rows(String table) {
        return tables.getOrDefault(table, Map.of());
    }

    public boolean isEmpty() {
        return tables.values().stream().allMatch(Map::isEmpty);
    }

    /** Number of row updates across all tables. */
    public int rowCount() {
        return tables.values().stream().mapToInt(Map::size).sum();
    }
}
