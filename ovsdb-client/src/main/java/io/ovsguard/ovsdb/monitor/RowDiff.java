package io.ovsguard.ovsdb.monitor;

import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.notation.UuidAtom;
import io.ovsguard.ovsdb.schema.ColumnType;
import io.ovsguard.ovsdb.schema.TableSchema;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code modify} member of an {@code update2}/{@code update3} row update: for each changed
 * column, its {@link DatumDiff}. A column a row lacks counts as holding its default value. A
 * {@code _version} entry (present only if the monitor asked for that column) sets the row's version.
 */
public record RowDiff(Map<String, Datum> columns) {

    public RowDiff {
        Objects.requireNonNull(columns, "columns");
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /** The diff that turns {@code old} into {@code now}: only columns whose values differ. */
    public static RowDiff between(Row old, Row now, TableSchema table) {
        Set<String> names = new LinkedHashSet<>(old.columnNames());
        names.addAll(now.columnNames());
        Map<String, Datum> diff = new LinkedHashMap<>();
        for (String name : names) {
            ColumnType type = table.column(name).type();
            Datum before = old.get(name).orElseGet(type::defaultDatum);
            Datum after = now.get(name).orElseGet(type::defaultDatum);
            if (!before.equals(after)) {
                diff.put(name, DatumDiff.between(before, after, type));
            }
        }
        return new RowDiff(diff);
    }

    /** {@code row} with this diff applied; its uuid and version are kept. */
    public Row apply(Row row, TableSchema table) {
        // only the changed columns are collected; the new row shares the old one's column names
        ColumnArray changed = new ColumnArray(this.columns.size());
        Optional<Uuid> version = row.version();
        for (Map.Entry<String, Datum> change : this.columns.entrySet()) {
            if (Row.VERSION_COLUMN.equals(change.getKey())) {
                version = Optional.of(versionOf(change.getValue()));
                continue;
            }
            changed.append(change.getKey(), applied(row, change.getKey(), change.getValue(), table));
        }
        return row.withChanges(changed, version);
    }

    private static Datum applied(Row row, String name, Datum diff, TableSchema table) {
        ColumnType type = table.column(name).type();
        Datum before = row.columns().get(name);
        return DatumDiff.apply(before != null ? before : type.defaultDatum(), diff, type);
    }

    private static Uuid versionOf(Datum version) {
        if (version instanceof OvsdbSet set && set.single().orElse(null) instanceof UuidAtom uuid) {
            return uuid.value();
        }
        throw new IllegalArgumentException("_version must be one uuid, not " + version);
    }

    public boolean isEmpty() {
        return columns.isEmpty();
    }
}
