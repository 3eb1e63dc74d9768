package io.ovsguard.ovsdb.replica;

import io.ovsguard.ovsdb.notation.Uuid;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Typed reads of the Open_vSwitch, Bridge, Port and Interface tables of one snapshot. Every other
 * table is read generically through {@link ReplicaSnapshot#table}. A table that is not replicated
 * fails with a {@link io.ovsguard.ovsdb.error.SchemaException}.
 */
public final class VswitchView {

    private final ReplicaSnapshot snapshot;

    VswitchView(ReplicaSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    /** The root row; empty before {@code ovs-vsctl init} (or an equivalent insert). */
    public Optional<OpenVswitchRow> openVswitch() {
        return snapshot.table("Open_vSwitch").rows().stream().findFirst().map(OpenVswitchRow::of);
    }

    public List<BridgeRow> bridges() {
        return all("Bridge", BridgeRow::of);
    }

    public List<PortRow> ports() {
        return all("Port", PortRow::of);
    }

    public List<InterfaceRow> interfaces() {
        return all("Interface", InterfaceRow::of);
    }

    public Optional<BridgeRow> bridge(Uuid uuid) {
        return snapshot.table("Bridge").get(uuid).map(BridgeRow::of);
    }

    public Optional<PortRow> port(Uuid uuid) {
        return snapshot.table("Port").get(uuid).map(PortRow::of);
    }

    public Optional<InterfaceRow> iface(Uuid uuid) {
        return snapshot.table("Interface").get(uuid).map(InterfaceRow::of);
    }

    public Optional<BridgeRow> bridgeNamed(String name) {
        return bridges().stream().filter(b -> b.name().equals(name)).findFirst();
    }

    public Optional<PortRow> portNamed(String name) {
        return ports().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public Optional<InterfaceRow> interfaceNamed(String name) {
        return interfaces().stream().filter(i -> i.name().equals(name)).findFirst();
    }

    private <T> List<T> all(String table, Function<io.ovsguard.ovsdb.notation.Row, T> typed) {
        return snapshot.table(table).rows().stream().map(typed).toList();
    }
}
