package io.ovsguard.cli.format;

import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.schema.ColumnType;
import java.util.Objects;

/** One cell of command output: a datum and the column type that says how to print it. */
public record Cell(Datum datum, ColumnType type) {

    public Cell {
        Objects.requireNonNull(datum, "datum");
        Objects.requireNonNull(type, "type");
    }
}
