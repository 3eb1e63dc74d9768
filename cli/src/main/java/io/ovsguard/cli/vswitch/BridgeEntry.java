package io.ovsguard.cli.vswitch;

import io.ovsguard.ovsdb.notation.Uuid;
import java.util.Objects;
import java.util.Optional;

/**
 * A bridge as ovs-vsctl sees it: a real bridge (a Bridge row) or a fake bridge, which is a port of its parent
 * marked {@code fake_bridge} whose {@code tag} is the fake bridge's VLAN.
 *
 * @param row    the Bridge row of a real bridge; empty for a fake one
 * @param parent the real bridge a fake bridge lives in; empty for a real one
 * @param vlan   the fake bridge's VLAN; 0 for a real bridge
 */
public record BridgeEntry(String name, Optional<Uuid> row, Optional<String> parent, int vlan) {

    public BridgeEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(parent, "parent");
        if (row.isPresent() == parent.isPresent()) {
            throw new IllegalArgumentException("a bridge is either real (a row) or fake (a parent): " + name);
        }
    }

    static BridgeEntry real(String name, Uuid row) {
        return new BridgeEntry(name, Optional.of(row), Optional.empty(), 0);
    }

    static BridgeEntry fake(String name, String parent, int vlan) {
        return new BridgeEntry(name, Optional.empty(), Optional.of(parent), vlan);
    }

    public boolean isFake() {
        return parent.isPresent();
    }
}
