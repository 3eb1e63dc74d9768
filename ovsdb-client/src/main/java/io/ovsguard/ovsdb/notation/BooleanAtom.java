package io.ovsguard.ovsdb.notation;

/** A boolean atom; {@code false} sorts before {@code true}. */
public record BooleanAtom(boolean value) implements Atom {

    @Override
    public AtomType type() {
        return AtomType.BOOLEAN;
    }
}
