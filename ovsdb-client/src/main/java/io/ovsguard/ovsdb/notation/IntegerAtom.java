package io.ovsguard.ovsdb.notation;

/** A 64-bit signed integer atom. */
public record IntegerAtom(long value) implements Atom {

    @Override
    public AtomType type() {
        return AtomType.INTEGER;
    }

    // equals and hashCode are written out (with the values the generated ones would have): a record's generated
    // methods are bound at first call by an invokedynamic bootstrap that start-up caches do not keep, which costs a
    // short-lived CLI tens of milliseconds.
    @Override
    public boolean equals(Object other) {
        return other instanceof IntegerAtom atom && value == atom.value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }
}
