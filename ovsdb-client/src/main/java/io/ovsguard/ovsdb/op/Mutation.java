package io.ovsguard.ovsdb.op;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One {@code mutations} entry: {@code [column, mutator, value]}. For {@code delete} on a map
 * column the value may be a map (pairs to remove when key and value match) or a set of keys.
 *
 * <p>{@code wireOrder}, when not empty, is the order in which the value's elements (a map's keys) are written in the
 * request instead of the canonical sorted one. The server does not care; a client that must send what another
 * client sends, byte for byte, does, since the server's error messages quote the value as it arrived (OVS's IDL
 * writes partial updates in the order of its hash table).
 */
public record Mutation(String column, Mutator mutator, Datum value, List<Atom> wireOrder) {

    public Mutation {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(mutator, "mutator");
        Objects.requireNonNull(value, "value");
        wireOrder = List.copyOf(wireOrder);
        if (!wireOrder.isEmpty() && !isOrderOf(wireOrder, value)) {
            throw new IllegalArgumentException("the wire order " + wireOrder + " is not an order of the "
                    + (value instanceof OvsdbMap ? "keys of " : "elements of ") + value);
        }
    }

    /** A mutation written in the canonical order. */
    public Mutation(String column, Mutator mutator, Datum value) {
        this(column, mutator, value, List.of());
    }

    private static boolean isOrderOf(List<Atom> order, Datum value) {
        if (order.size() != value.size()) {
            return false;
        }
        for (Atom atom : order) {
            boolean found = value instanceof OvsdbMap map ? map.containsKey(atom) : ((OvsdbSet) value).contains(atom);
            if (!found) {
                return false;
            }
        }
        // as many atoms as the value holds, each of them in it: a permutation unless one repeats
        return new TreeSet<>(order).size() == order.size();
    }
}
