package io.ovsguard.ovsdb.schema;

import io.ovsguard.ovsdb.notation.DisplayText;
import io.ovsguard.ovsdb.error.SchemaException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** A parsed {@code get_schema} result (RFC 7047 section 3.2). */
public record DatabaseSchema(String name, SchemaVersion version, Optional<String> cksum,
        Map<String, TableSchema> tables) {

    public DatabaseSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(cksum, "cksum");
        Objects.requireNonNull(tables, "tables");
        if (!(tables instanceof TablesOnDemand)) {
            Map<String, TableSchema> copy = new LinkedHashMap<>(tables);
            for (Map.Entry<String, TableSchema> table : copy.entrySet()) {
                checkTable(name, table.getKey(), table.getValue(), copy.keySet());
            }
            tables = Collections.unmodifiableMap(copy);
        }
    }

    /**
     * A schema whose tables are built from their definitions when first asked for (see {@link #table}); a wrong
     * definition fails then, with a {@link SchemaException}.
     *
     * @param tableNames every table's name, in the schema's order
     * @param definition builds the table of the given name
     */
    public static DatabaseSchema withTablesOnDemand(String name, SchemaVersion version, Optional<String> cksum,
            List<String> tableNames, Function<String, TableSchema> definition) {
        return new DatabaseSchema(name, version, cksum, new TablesOnDemand(name, tableNames, definition));
    }

    /** Checks that a table is filed under its own name and refers only to tables of the database. */
    static void checkTable(String database, String tableName, TableSchema table, Set<String> tableNames) {
        if (!tableName.equals(table.name())) {
            throw new SchemaException("database " + database + ": table " + tableName + " is named " + table.name());
        }
        for (ColumnSchema column : table.columns().values()) {
            checkReference(tableNames, table, column, column.type().key());
            column.type().value().ifPresent(value -> checkReference(tableNames, table, column, value));
        }
    }

    private static void checkReference(Set<String> tableNames, TableSchema table, ColumnSchema column,
            BaseType type) {
        type.refTable().ifPresent(target -> {
            if (!tableNames.contains(target)) {
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
