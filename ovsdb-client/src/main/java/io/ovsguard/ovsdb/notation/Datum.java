package io.ovsguard.ovsdb.notation;

/**
 * A column value in OVS's canonical form: atoms sorted and unique, as ovsdb-server stores them. A
 * scalar is a one-element {@link OvsdbSet}; an empty optional value is an empty set.
 */
public sealed interface Datum permits OvsdbSet, OvsdbMap {

    /** Number of elements (set atoms or map pairs). */
    int size();

    default boolean isEmpty() {
        return size() == 0;
    }
}
