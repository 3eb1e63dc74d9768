package io.ovsguard.ovsdb.notation;

import java.util.Objects;

/** A reference to a row inserted by the same transaction ({@code ["named-uuid", "name"]}). */
public record NamedUuidAtom(NamedUuid value) implements Atom {

    public NamedUuidAtom {
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
        return other instanceof NamedUuidAtom atom && value.equals(atom.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
