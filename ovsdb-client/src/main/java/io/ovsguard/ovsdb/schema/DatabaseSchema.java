package io.ovsguard.ovsdb.schema;

import io.ovsguard.ovsdb.notation.DisplayText;
import io.ovsguard.ovsdb.error.SchemaException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A parsed {@code get_schema} result (RFC 7047 section 3.2). */
public record DatabaseSchema(String name, SchemaVersion version, Optional<String> cksum,
        Map<String, TableSchema> tables) {

    public DatabaseSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(cksum, "cksum");
        Objects.requireNonNull(tables, "tables");
        Map<String, TableSchema> copy = new LinkedHashMap<>();
        tables.forEach((tableName, table) -> {
            if (!tableName.equals(table.name())) {
                throw new SchemaException("database " + name + ": table " + tableName + " is named " + table.name());
            }
            copy.put(tableName, table);
        });
        tables = Collections.unmodifiableMap(copy);
        for (TableSchema table : tables.values()) {
            for (ColumnSchema column : table.columns().values()) {
                checkReference(tables, table, column, column.type().key());
                column.type().value().ifPresent(value -> checkReference(copy, table, column, value));
            }
        }
    }

    private static void checkReference(Map<String, TableSchema> tables, TableSchema table, ColumnSchema column,
            BaseType type) {
        type.refTable().ifPresent(target -> {
            if (!tables.containsKey(target)) {
                throw new SchemaException("column " + table.name() + "." + column.name()
                        + " refers to unknown table " + target);
            }
        });
    }

    /** @throws SchemaException if the database has no such table */
    public TableSchema table(String tableName) {
        TableSchema table = tables.get(tableName);
        if (table == null) {
            throw new SchemaException("database " + name + " has no table " + DisplayText.quoted(tableName));
        }
        return table;
    }

    public boolean hasTable(String tableName) {
        return tables.containsKey(tableName);
    }
}
