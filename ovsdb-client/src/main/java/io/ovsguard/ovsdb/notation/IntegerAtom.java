package io.ovsguard.ovsdb.notation;

/** A 64-bit signed integer atom. */
public record IntegerAtom(long value) implements Atom {

    @Override
    public AtomType type() {
        return AtomType.INTEGER;
    }
}
