package io.ovsguard.ovsdb.schema;

import io.ovsguard.ovsdb.error.SchemaException;
import io.ovsguard.ovsdb.notation.Datum;
import java.util.Objects;
import java.util.Optional;

/**
 * One column of a table.
 *
 * @param ephemeral the server does not write the column to disk
 * @param mutable false if the column may only be set by {@code insert}
 */
public record ColumnSchema(String name, ColumnType type, boolean ephemeral, boolean mutable) {

    public ColumnSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** A persistent, mutable column. */
    public static ColumnSchema of(String name, ColumnType type) {
        return new ColumnSchema(name, type, false, true);
    }

    /** True for {@code _uuid} and {@code _version}, which the server maintains. */
    public boolean isImplicit() {
        return name.startsWith("_");
    }

    /** @throws SchemaException naming this column, if {@code datum} does not fit its type */
    public void validate(Datum datum) {
        Optional<String> problem = type.problemWith(datum);
        if (problem.isPresent()) {
            throw new SchemaException("column " + name + ": " + problem.get());
        }
    }
}
