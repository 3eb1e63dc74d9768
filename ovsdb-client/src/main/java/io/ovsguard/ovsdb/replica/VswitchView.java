package io.ovsguard.ovsdb.replica;

import io.ovsguard.ovsdb.notation.Row;
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
        return named("Bridge", name).map(BridgeRow::of);
    }

    public Optional<PortRow> portNamed(String name) {
        return named("Port", name).map(PortRow::of);
    }

    public Optional<InterfaceRow> interfaceNamed(String name) {
        return named("Interface", name).map(InterfaceRow::of);
    }

    private <T> List<T> all(String table, Function<Row, T> typed) {
        return snapshot.table(table).rows().stream().map(typed).toList();
    }

    /**
     * The first row, in {@link TableView#rows()} order, whose {@code name} is {@code name}, compared on the row
     * itself: only the match becomes a typed row, where building a typed row for each of 10,000 interfaces to find
     * one cost a JIT compilation of the whole typed-row path and three map copies per row.
     */
    private Optional<Row> named(String table, String name) {
        for (Row row : snapshot.table(table).rows()) {
            // the typed rows' own reading of the column, so that the same row matches
            if (new ColumnReader(row).string("name").equals(name)) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }
}
