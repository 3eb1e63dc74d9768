package io.ovsguard.ovsdb.notation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable row: column name to datum, in insertion order, plus the optional implicit
 * {@code _uuid} and {@code _version} columns, which are kept apart and never appear in
 * {@link #columns()}.
 */
public record Row(Map<String, Datum> columns, Optional<Uuid> uuid, Optional<Uuid> version) {

    public static final String UUID_COLUMN = "_uuid";
    public static final String VERSION_COLUMN = "_version";

    private static final Row EMPTY = new Row(Map.of(), Optional.empty(), Optional.empty());

    public Row {
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(version, "version");
        columns = ColumnMap.copyOf(columns);
    }

    public static Row empty() {
        return EMPTY;
    }

    /** A row with these columns, keeping the map's iteration order. */
    @SuppressWarnings("unchecked") // the constructor only reads the map, and copies it
    public static Row of(Map<String, ? extends Datum> columns) {
        return new Row((Map<String, Datum>) columns, Optional.empty(), Optional.empty());
    }

    /** The datum of {@code column}, if the row has that column. */
    public Optional<Datum> get(String column) {
        return Optional.ofNullable(columns.get(column));
    }

    public boolean has(String column) {
        return columns.containsKey(column);
    }

    public Set<String> columnNames() {
        return columns.keySet();
    }

    /** A copy with {@code column} set to {@code datum} (appended if new, replaced in place if not). */
    public Row with(String column, Datum datum) {
        Map<String, Datum> copy = new LinkedHashMap<>(columns);
        copy.put(column, datum);
        return new Row(copy, uuid, version);
    }

    /**
     * A copy with the columns of {@code changes} set (replaced in place, appended if new) and the
     * given version. When every changed column exists already, the copy shares its column names and
     * their index with this row, so it costs one array copy, however wide the row.
     */
    public Row withChanges(Map<String, ? extends Datum> changes, Optional<Uuid> newVersion) {
        Optional<ColumnMap> replaced = ((ColumnMap) columns).withValues(changes);
        if (replaced.isPresent()) {
            return new Row(replaced.get(), uuid, newVersion);
        }
        Map<String, Datum> copy = new LinkedHashMap<>(columns);
        copy.putAll(changes);
        return new Row(copy, uuid, newVersion);
    }

    /** A copy without {@code column}. */
    public Row without(String column) {
        Map<String, Datum> copy = new LinkedHashMap<>(columns);
        copy.remove(column);
        return new Row(copy, uuid, version);
    }

    public Row withUuid(Uuid newUuid) {
        return new Row(columns, Optional.of(newUuid), version);
    }

    public Row withVersion(Uuid newVersion) {
        return new Row(columns, uuid, Optional.of(newVersion));
    }
}
