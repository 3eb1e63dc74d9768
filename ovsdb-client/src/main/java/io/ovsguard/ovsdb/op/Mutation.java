package io.ovsguard.ovsdb.op;

import io.ovsguard.ovsdb.notation.Datum;
import java.util.Objects;

/**
 * One {@code mutations} entry: {@code [column, mutator, value]}. For {@code delete} on a map
 * column the value may be a map (pairs to remove when key and value match) or a set of keys.
 */
public record Mutation(String column, Mutator mutator, Datum value) {

    public Mutation {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(mutator, "mutator");
        Objects.requireNonNull(value, "value");
    }
}
