package io.ovsguard.ovsdb.schema;

import io.ovsguard.ovsdb.notation.DisplayText;
import io.ovsguard.ovsdb.error.SchemaException;
import io.ovsguard.ovsdb.notation.AtomType;
import io.ovsguard.ovsdb.notation.Row;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One table of a database schema. {@link #columns()} always includes the implicit {@code _uuid}
 * and {@code _version} columns, added here if the given map lacks them.
 *
 * @param maxRows the most rows the table may hold, if limited
 * @param isRoot rows are kept even when nothing refers to them
 * @param indexes sets of columns whose values must be unique across rows
 */
public record TableSchema(String name, Map<String, ColumnSchema> columns, OptionalLong maxRows, boolean isRoot,
        List<List<String>> indexes) {

    private static final ColumnSchema UUID_COLUMN =
            new ColumnSchema(Row.UUID_COLUMN, ColumnType.scalar(BaseType.of(AtomType.UUID)), false, false);
    private static final ColumnSchema VERSION_COLUMN =
            new ColumnSchema(Row.VERSION_COLUMN, ColumnType.scalar(BaseType.of(AtomType.UUID)), false, false);

    public TableSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(maxRows, "maxRows");
        Objects.requireNonNull(indexes, "indexes");
        Map<String, ColumnSchema> all = new LinkedHashMap<>();
        all.put(Row.UUID_COLUMN, UUID_COLUMN);
        all.put(Row.VERSION_COLUMN, VERSION_COLUMN);
        columns.forEach((columnName, column) -> {
            if (!columnName.equals(column.name())) {
                throw new SchemaException("table " + name + ": column " + columnName + " is named " + column.name());
            }
            all.put(columnName, column);
        });
        columns = Collections.unmodifiableMap(all);
        List<List<String>> copied = new ArrayList<>(indexes.size());
        for (List<String> index : indexes) {
            copied.add(List.copyOf(index));
        }
        indexes = Collections.unmodifiableList(copied);
        for (List<String> index : indexes) {
            if (index.isEmpty()) {
                throw new SchemaException("table " + name + " has an empty index");
            }
            for (String column : index) {
                if (!columns.containsKey(column)) {
                    throw new SchemaException("table " + name + " has an index on unknown column " + column);
                }
            }
        }
    }

    /**
     * @throws SchemaException if the table has no such column
     */
    public ColumnSchema column(String columnName) {
        ColumnSchema column = columns.get(columnName);
        if (column == null) {
            throw new SchemaException("table " + name + " has no column " + DisplayText.quoted(columnName));
        }
        return column;
    }

    public boolean hasColumn(String columnName) {
        return columns.containsKey(columnName);
    }

    /** The columns a client may write: all but {@code _uuid} and {@code _version}. */
    public Collection<ColumnSchema> userColumns() {
        List<ColumnSchema> user = new ArrayList<>(columns.size());
        for (ColumnSchema column : columns.values()) {
            if (!column.isImplicit()) {
                user.add(column);
            }
        }
        return Collections.unmodifiableList(user);
    }

    /**
     * A copy of {@code row} in which each of {@code columnNames} the row lacks holds its default.
     * update2 "initial" and "insert" leave out columns that hold their default; this restores them.
     */
    public Row withDefaults(Row row, Collection<String> columnNames) {
        Row complete = row;
        for (String columnName : columnNames) {
            ColumnSchema column = column(columnName);
            if (!column.isImplicit() && !complete.has(columnName)) {
                complete = complete.with(columnName, column.type().defaultDatum());
            }
        }
        return complete;
    }

    /** {@link #withDefaults(Row, Collection)} for every user column. */
    public Row withDefaults(Row row) {
        return withDefaults(row, userColumns().stream().map(ColumnSchema::name).toList());
    }
}
