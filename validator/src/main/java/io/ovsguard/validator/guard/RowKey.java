package io.ovsguard.validator.guard;

import io.ovsguard.ovsdb.notation.Uuid;

/** One row of one table. */
public record RowKey(String table, Uuid uuid) {

    @Override
    public String toString() {
        return table + " " + uuid;
    }
}
