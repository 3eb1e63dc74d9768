package io.ovsguard.cli.vswitch;

import static io.ovsguard.cli.vswitch.BridgeTopology.BRIDGE;
import static io.ovsguard.cli.vswitch.BridgeTopology.INTERFACE;
import static io.ovsguard.cli.vswitch.BridgeTopology.OPEN_VSWITCH;
import static io.ovsguard.cli.vswitch.BridgeTopology.PORT;

import io.ovsguard.cli.exec.CommandFailedException;
import io.ovsguard.cli.exec.WorkingDatabase;
import io.ovsguard.cli.exec.WorkingRow;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.notation.UuidAtom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The changes the vswitch commands make, on the transaction's rows: inserting bridges, ports and interfaces,
 * linking and unlinking them, deleting them. Reads go through a {@link BridgeTopology} built from the same rows.
 */
final class SwitchEdits {

    static final String COLLECTOR_SETS = "Flow_Sample_Collector_Set";

    private final WorkingDatabase db;

    SwitchEdits(WorkingDatabase db) {
        this.db = db;
    }

    /** The picture of the rows as they are now, built once for as long as no command changes them. */
    BridgeTopology topology() {
        return db.derived("vswitch.topology", BridgeTopology.class, d -> BridgeTopology.of(new WorkingRows(d)));
    }

    /**
     * The Open_vSwitch row (the engine inserts one into an empty table before the commands run, so only an earlier
     * {@code destroy} of this command line leaves none; ovs-vsctl 3.1 aborts on an assertion there).
     */
    WorkingRow openVswitch() {
        List<WorkingRow> roots = db.rows(OPEN_VSWITCH);
        if (roots.isEmpty()) {
            throw new CommandFailedException("the Open_vSwitch row was destroyed by an earlier command");
        }
        return roots.get(0);
    }

    WorkingRow row(String table, Uuid uuid) {
        return db.row(table, uuid).orElseThrow(() -> new IllegalStateException(table + " row " + uuid + " vanished"));
    }

    /** The Bridge row that holds a bridge's ports: its own, or its parent's for a fake bridge. */
    WorkingRow bridgeRow(BridgeTopology topology, BridgeEntry bridge) {
        return row(BRIDGE, topology.realBridgeOf(bridge).row().orElseThrow());
    }

    WorkingRow insertInterface(String name) {
        WorkingRow iface = db.insert(INTERFACE);
        iface.write("name", Datums.ofString(name));
        return iface;
    }

    WorkingRow insertPort(String name, List<WorkingRow> interfaces) {
        WorkingRow port = db.insert(PORT);
        port.write("name", Datums.ofString(name));
        List<Uuid> uuids = new ArrayList<>(interfaces.size());
        for (WorkingRow iface : interfaces) {
            uuids.add(iface.uuid());
        }
        port.write("interfaces", Datums.ofUuids(uuids));
        return port;
    }

    /** Adds {@code uuid} to a reference set column. */
    static void addReference(WorkingRow row, String column, Uuid uuid) {
        List<Uuid> uuids = new ArrayList<>(Datums.uuids(row.read(column)));
        uuids.add(uuid);
        row.write(column, Datums.ofUuids(uuids));
    }

    /** Removes {@code uuid} from a reference set column. */
    static void removeReference(WorkingRow row, String column, Uuid uuid) {
        List<Uuid> uuids = new ArrayList<>(Datums.uuids(row.read(column)));
        uuids.remove(uuid);
        row.write(column, Datums.ofUuids(uuids));
    }

    /**
     * Adds a port to a bridge row's {@code ports} by a set mutation: the bridge's other ports are neither written
     * back nor verified (the set can hold ten thousand). A verify of the column then guards only this change, so
     * the names the line found free are guarded by {@link #guardNames}.
     */
    static void addPort(WorkingRow bridgeRow, Uuid port) {
        bridgeRow.addToSet("ports", List.of(new UuidAtom(port)));
    }

    /**
     * Makes the commit fail and the line run again if a port or interface with one of these names appears (or
     * vanishes) meanwhile, as the verify of the bridges' whole port sets would for ovs-vsctl.
     */
    void guardNames(String portName, List<String> interfaceNames) {
        db.guardMatchingRows(PORT, "name", Atom.string(portName));
        interfaceNames.forEach(n -> db.guardMatchingRows(INTERFACE, "name", Atom.string(n)));
    }

    /** Unlinks a port from its bridge and deletes it with its interfaces. */
    void deletePort(BridgeTopology topology, PortEntry port) {
        BridgeEntry bridge = topology.bridge(port.bridge()).orElseThrow();
        bridgeRow(topology, bridge).removeFromSet("ports", List.of(new UuidAtom(port.row())));
        for (InterfaceEntry iface : topology.interfacesOf(port.name())) {
            row(INTERFACE, iface.row()).delete();
        }
        row(PORT, port.row()).delete();
    }

    /**
     * Deletes a bridge: its fake bridges, its ports, the flow sample collector sets that name it, and for a real
     * bridge the Bridge row.
     */
    void deleteBridge(BridgeTopology topology, BridgeEntry bridge) {
        for (BridgeEntry child : topology.children(bridge.name())) {
            deleteBridge(topology, child);
        }
        for (PortEntry port : topology.portsOf(bridge.name())) {
            deletePort(topology, port);
        }
        deleteCollectorSetsOf(bridge);
        if (bridge.row().isPresent()) {
            WorkingRow bridgeRow = row(BRIDGE, bridge.row().get());
            bridgeRow.delete();
            removeReference(openVswitch(), "bridges", bridgeRow.uuid());
        }
    }

    /**
     * ovs-vsctl 3.1 deletes the collector sets whose bridge is the deleted bridge's row, as its IDL has them: none
     * unless another command of the line reads the table ({@link SwitchReads#bridgeDelete}), and a set whose
     * {@code bridge} column no command reads names no bridge, which is what a fake bridge has (so deleting a fake
     * bridge then deletes every set).
     */
    private void deleteCollectorSetsOf(BridgeEntry bridge) {
        if (!db.has(COLLECTOR_SETS)) {
            return;
        }
        for (WorkingRow set : db.rows(COLLECTOR_SETS)) {
            Optional<Uuid> named = set.isInserted() || set.original("bridge").isPresent()
                    ? Datums.uuid(set.read("bridge")) : Optional.empty();
            if (named.equals(bridge.row())) {
                set.delete();
            }
        }
    }

    /**
     * Guards the bridge, port and interface structure: the commit fails and the command line runs again if another
     * client changed it meanwhile (ovs-vsctl's {@code verify_ports}).
     */
    void verifyStructure() {
        openVswitch().verify("bridges");
        // the commit orders its verifies by the IDL's hash of the uuids, not by the order they are made in
        db.rowsInAnyOrder(BRIDGE).forEach(r -> r.verify("ports"));
        db.rowsInAnyOrder(PORT).forEach(r -> r.verify("interfaces"));
    }
}
