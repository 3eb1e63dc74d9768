package io.ovsguard.ovsdb.notation;

/** OVS's three-way comparison of two atoms of one type (see {@link Atom}). */
final class AtomOrder {

    private AtomOrder() {
    }

    static int compare(Atom a, Atom b) {
        if (a.type() != b.type()) {
            throw new IllegalArgumentException("cannot compare a " + a.type() + " atom with a " + b.type() + " atom");
        }
        if (a instanceof IntegerAtom x && b instanceof IntegerAtom y) {
            return Long.compare(x.value(), y.value());
        }
        if (a instanceof RealAtom x && b instanceof RealAtom y) {
            // RealAtom excludes NaN and -0.0, so this numeric order is total
            return Double.compare(x.value(), y.value());
        }
        if (a instanceof BooleanAtom x && b instanceof BooleanAtom y) {
            return Boolean.compare(x.value(), y.value());
        }
        if (a instanceof StringAtom x && b instanceof StringAtom y) {
            return Utf8Order.compare(x.value(), y.value());
        }
        if (a instanceof UuidAtom x && b instanceof UuidAtom y) {
            return x.value().compareTo(y.value());
        }
        if (a instanceof NamedUuidAtom x && b instanceof NamedUuidAtom y) {
            return x.value().compareTo(y.value());
        }
        // one real uuid and one named-uuid: real uuids first
        return a instanceof UuidAtom ? -1 : 1;
    }
}
