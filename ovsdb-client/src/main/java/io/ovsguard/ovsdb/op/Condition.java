package io.ovsguard.ovsdb.op;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import java.util.Objects;

/** One {@code where} clause: {@code [column, function, value]}. */
public record Condition(String column, Function function, Datum value) {

    public Condition {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(value, "value");
    }

    public static Condition equal(String column, Datum value) {
        return new Condition(column, Function.EQUAL, value);
    }

    public static Condition equal(String column, Atom value) {
        return new Condition(column, Function.EQUAL, OvsdbSet.of(value));
    }

    /** {@code _uuid == uuid}: selects one row by its uuid. */
    public static Condition uuidIs(Uuid uuid) {
        return equal(Row.UUID_COLUMN, Atom.uuid(uuid));
    }
}
