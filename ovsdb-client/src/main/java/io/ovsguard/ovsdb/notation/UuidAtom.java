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
}
