package io.ovsguard.ovsdb.notation;

/**
 * One typed OVSDB atom (RFC 7047 section 5.1).
 *
 * <p>Atoms of one type are ordered as OVS orders them, which is the order of a canonical
 * {@link OvsdbSet} or {@link OvsdbMap}: integers and reals numerically, {@code false < true},
 * strings in UTF-8 byte order, uuids as unsigned 128-bit values, named-uuids by name. A uuid and a
 * named-uuid may share a column (a transaction may mix them); real uuids sort first. Comparing
 * atoms of different types throws {@link IllegalArgumentException}.
 */
public sealed interface Atom extends Comparable<Atom>
        permits StringAtom, IntegerAtom, RealAtom, BooleanAtom, UuidAtom, NamedUuidAtom {

    /** The atom's type; a named-uuid is of type {@link AtomType#UUID}. */
    AtomType type();

    @Override
    default int compareTo(Atom other) {
        return AtomOrder.compare(this, other);
    }

    static StringAtom string(String value) {
        return new StringAtom(value);
    }

    static IntegerAtom integer(long value) {
        return new IntegerAtom(value);
    }

    static RealAtom real(double value) {
        return new RealAtom(value);
    }

    static BooleanAtom bool(boolean value) {
        return new BooleanAtom(value);
    }

    static UuidAtom uuid(Uuid value) {
        return new UuidAtom(value);
    }

    static NamedUuidAtom named(NamedUuid value) {
        return new NamedUuidAtom(value);
    }
}
