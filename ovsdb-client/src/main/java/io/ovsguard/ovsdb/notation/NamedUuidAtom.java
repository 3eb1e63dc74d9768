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
}
