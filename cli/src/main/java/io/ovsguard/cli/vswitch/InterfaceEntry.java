package io.ovsguard.cli.vswitch;

import io.ovsguard.ovsdb.notation.Uuid;
import java.util.Objects;

/** An interface and the port that holds it. */
public record InterfaceEntry(String name, Uuid row, String port) {

    public InterfaceEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(port, "port");
    }
}
