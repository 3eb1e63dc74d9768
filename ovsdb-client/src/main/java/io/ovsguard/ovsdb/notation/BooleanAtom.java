package io.ovsguard.ovsdb.notation;

/** A boolean atom; {@code false} sorts before {@code true}. */
public record BooleanAtom(boolean value) implements Atom {

    @Override
    public AtomType type() {
        return AtomType.BOOLEAN;
    }

    // equals and hashCode are written out (with the values the generated ones would have): a record's generated
    // methods are bound at first call by an invokedynamic bootstrap that start-up caches do not keep, which costs a
    // short-lived CLI tens of milliseconds.
    @Override
    public boolean equals(Object other) {
        return other instanceof BooleanAtom atom && value == atom.value;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(value);
    }
}
