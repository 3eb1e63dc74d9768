package io.ovsguard.ovsdb.notation;

import java.util.Objects;

/** A reference to an existing row by its real uuid ({@code ["uuid", "..."]}). */
public record UuidAtom(Uuid value) implements Atom {

    public UuidAtom {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public AtomType type() {
        return AtomType.UUID;
    }

    // equals and hashCode are written out (with the values the generated ones would have): a record's generated
    // methods are bound at first call by an invokedynamic bootstrap that start-up caches do not keep, which costs a
    // short-lived CLI tens of milliseconds.
    @Override
    public boolean equals(Object other) {
        return other instanceof UuidAtom atom && value.equals(atom.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
