package io.ovsguard.cli.vswitch;

import io.ovsguard.ovsdb.notation.Uuid;
import java.util.Objects;

/**
 * A port and the bridge ovs-vsctl files it under: a port tagged with the VLAN of one of its bridge's fake bridges
 * belongs to that fake bridge.
 */
public record PortEntry(String name, Uuid row, String bridge) {

    public PortEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(bridge, "bridge");
    }
}
