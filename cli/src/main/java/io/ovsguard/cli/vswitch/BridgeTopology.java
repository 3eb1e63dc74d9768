package io.ovsguard.cli.vswitch;

import io.ovsguard.ovsdb.notation.Uuid;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * ovs-vsctl's picture of the switch, built from the rows: bridges (real and fake) by name, the ports filed under
 * each bridge, and the interfaces of each port. Where the database holds duplicate names the first one in
 * ovs-vsctl's walking order (bridges and ports in the order of their reference sets) wins, as in ovs-vsctl.
 * Immutable: commands that change the database build a new topology from the changed rows.
 */
public final class BridgeTopology {

    public static final String OPEN_VSWITCH = "Open_vSwitch";
    public static final String BRIDGE = "Bridge";
    public static final String PORT = "Port";
    public static final String INTERFACE = "Interface";
    private static final int MAX_VLAN = 4095;

    private final Map<String, BridgeEntry> bridges;
    private final Map<String, PortEntry> ports;
    private final Map<String, InterfaceEntry> interfaces;
    private final Map<String, List<String>> portsByBridge;
    private final Map<String, List<String>> interfacesByPort;
    /** Per real bridge, its fake bridges by VLAN (only the first fake bridge of a VLAN counts). */
    private final Map<String, Map<Integer, String>> children;
    private final List<String> warnings;

    private BridgeTopology(Builder b) {
        warnings = List.copyOf(b.warnings);
        bridges = Collections.unmodifiableMap(b.bridges);
        ports = Collections.unmodifiableMap(b.ports);
        interfaces = Collections.unmodifiableMap(b.interfaces);
        // the builder's lists are not copied (ten thousand ports): it never escapes, and nothing here hands out
        // or changes them
        portsByBridge = Collections.unmodifiableMap(b.portsByBridge);
        interfacesByPort = Collections.unmodifiableMap(b.interfacesByPort);
        Map<String, Map<Integer, String>> ch = new HashMap<>();
        b.children.forEach((k, v) -> ch.put(k, Map.copyOf(v)));
        children = Collections.unmodifiableMap(ch);
    }

    /** Builds the topology from the Open_vSwitch row's bridges and the Bridge, Port and Interface rows. */
    public static BridgeTopology of(RowSource rows) {
        Builder b = new Builder();
        List<BridgeRow> bridgeRows = new ArrayList<>();
        // a bridge listed twice (or a port in two bridges) is looked up once: the passes below walk these lists
        Map<Uuid, List<PortRow>> portLists = new HashMap<>();
        List<RowView> roots = rows.rows(OPEN_VSWITCH);
        for (RowView ovs : roots.isEmpty() ? roots : roots.subList(0, 1)) {
            for (Uuid uuid : Datums.uuids(ovs.read("bridges"))) {
                rows.row(BRIDGE, uuid).ifPresent(row -> bridgeRows.add(new BridgeRow(row,
                        Datums.name(row.read("name")), portLists.computeIfAbsent(uuid, u -> portsOf(rows, row)))));
            }
        }
        collectBridges(bridgeRows, b);
        collectPorts(rows, bridgeRows, b);
        return new BridgeTopology(b);
    }

    /** A bridge row with its name and its port rows, read once for both passes. */
    private record BridgeRow(RowView row, String name, List<PortRow> ports) {
    }

    /** A port row with its name and whether it stands for a fake bridge, read once. */
    private record PortRow(RowView row, String name, boolean fake) {
    }

    /** First pass: real bridges, then the fake bridges their ports stand for. */
    private static void collectBridges(List<BridgeRow> bridgeRows, Builder b) {
        Set<String> bridgeNames = new HashSet<>();
        Set<String> portNames = new HashSet<>();
        for (BridgeRow bridgeRow : bridgeRows) {
            String name = bridgeRow.name();
            if (!bridgeNames.add(name)) {
                b.warnings.add(name + ": database contains duplicate bridge name");
                continue;
            }
            b.addBridge(BridgeEntry.real(name, bridgeRow.row().uuid()));
            for (PortRow port : bridgeRow.ports()) {
                String portName = port.name();
                if (portNames.add(portName) && port.fake() && bridgeNames.add(portName)) {
                    b.addBridge(BridgeEntry.fake(portName, name, fakeVlan(port.row())));
                }
            }
        }
    }

    /** Second pass: every port under its bridge (or the fake bridge its tag names), with its interfaces. */
    private static void collectPorts(RowSource rows, List<BridgeRow> bridgeRows, Builder b) {
        Set<String> seenBridges = new HashSet<>();
        for (BridgeRow bridgeRow : bridgeRows) {
            String bridgeName = bridgeRow.name();
            if (!seenBridges.add(bridgeName)) {
                continue;
            }
            Map<Integer, String> children = b.children.getOrDefault(bridgeName, Map.of());
            for (PortRow portRow : bridgeRow.ports()) {
                RowView port = portRow.row();
                String portName = portRow.name();
                PortEntry seen = b.ports.get(portName);
                if (seen != null && seen.row().equals(port.uuid())) {
                    b.warnings.add(portName + ": port is in multiple bridges (" + bridgeName + " and "
                            + seen.bridge() + ")");
                }
                // a second port of the same name cannot exist: the server keeps port names unique
                if (seen != null || portRow.fake() && !seenBridges.add(portName)) {
                    continue;
                }
                String owner = bridgeName;
                if (!children.isEmpty()) {
                    Optional<Long> tag = Datums.integer(port.read("tag"));
                    if (tag.isPresent() && tag.get() >= 0 && tag.get() <= MAX_VLAN) {
                        owner = children.getOrDefault(tag.get().intValue(), bridgeName);
                    }
                }
                b.addPort(new PortEntry(portName, port.uuid(), owner));
                for (Uuid ifaceUuid : Datums.uuids(port.read("interfaces"))) {
                    Optional<RowView> iface = rows.row(INTERFACE, ifaceUuid);
                    if (iface.isPresent()) {
                        addInterface(iface.get(), portName, b);
                    }
                }
            }
        }
    }

    private static void addInterface(RowView iface, String portName, Builder b) {
        String ifaceName = Datums.name(iface.read("name"));
        InterfaceEntry seenIface = b.interfaces.get(ifaceName);
        if (seenIface == null) {
            b.addInterface(new InterfaceEntry(ifaceName, iface.uuid(), portName));
        } else if (seenIface.row().equals(iface.uuid())) {
            b.warnings.add(ifaceName + ": interface is in multiple ports (" + seenIface.port() + " and " + portName
                    + ")");
        }
    }

    private static List<PortRow> portsOf(RowSource rows, RowView bridgeRow) {
        List<Uuid> uuids = Datums.uuids(bridgeRow.read("ports"));
        List<PortRow> result = new ArrayList<>(uuids.size());
        for (Uuid uuid : uuids) {
            Optional<RowView> port = rows.row(PORT, uuid);
            if (port.isPresent()) {
                result.add(new PortRow(port.get(), Datums.name(port.get().read("name")), isFakeBridge(port.get())));
            }
        }
        return result;
    }

    /** A port stands for a fake bridge when it is marked so and its tag is a valid VLAN. */
    static boolean isFakeBridge(RowView port) {
        if (!Datums.bool(port.read("fake_bridge"))) {
            return false;
        }
        Optional<Long> tag = Datums.integer(port.read("tag"));
        return tag.isPresent() && tag.get() >= 0 && tag.get() <= MAX_VLAN;
    }

    private static int fakeVlan(RowView port) {
        return Datums.integer(port.read("tag")).orElseThrow().intValue();
    }

    /**
     * What ovs-vsctl logs as warnings when it builds this picture from an inconsistent database, in its order: a
     * bridge name used twice, two fake bridges for one VLAN, a port in two bridges, an interface in two ports.
     */
    public List<String> warnings() {
        return warnings;
    }

    public Optional<BridgeEntry> bridge(String name) {
        return Optional.ofNullable(bridges.get(name));
    }

    public List<BridgeEntry> bridges() {
        return List.copyOf(bridges.values());
    }

    /** The real bridge itself, or a fake bridge's parent. */
    public BridgeEntry realBridgeOf(BridgeEntry bridge) {
        return bridge.parent().map(bridges::get).orElse(bridge);
    }

    /** The fake bridge of {@code parent} on {@code vlan}, if any. */
    public Optional<BridgeEntry> child(String parent, int vlan) {
        return Optional.ofNullable(children.getOrDefault(parent, Map.of()).get(vlan)).map(bridges::get);
    }

    /** The fake bridges of a real bridge. */
    public List<BridgeEntry> children(String parent) {
        List<BridgeEntry> entries = new ArrayList<>();
        for (String child : children.getOrDefault(parent, Map.of()).values()) {
            entries.add(bridges.get(child));
        }
        return Collections.unmodifiableList(entries);
    }

    /** The ports filed under {@code bridge}, its local port included. */
    public List<PortEntry> portsOf(String bridge) {
        List<String> names = portsByBridge.getOrDefault(bridge, List.of());
        PortEntry[] entries = new PortEntry[names.size()];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = ports.get(names.get(i));
        }
        return List.of(entries);
    }

    public List<InterfaceEntry> interfacesOf(String port) {
        List<String> names = interfacesByPort.getOrDefault(port, List.of());
        if (names.size() == 1) {
            // the usual port: one interface, asked for ten thousand times by list-ifaces
            return List.of(interfaces.get(names.get(0)));
        }
        InterfaceEntry[] entries = new InterfaceEntry[names.size()];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = interfaces.get(names.get(i));
        }
        return List.of(entries);
    }

    /** Any port of that name, a bridge's local port included. */
    public Optional<PortEntry> anyPort(String name) {
        return Optional.ofNullable(ports.get(name));
    }

    /** A port of that name that is not the local port of the bridge it is filed under. */
    public Optional<PortEntry> port(String name) {
        return anyPort(name).filter(p -> !p.bridge().equals(name));
    }

    /** Any interface of that name. */
    public Optional<InterfaceEntry> anyInterface(String name) {
        return Optional.ofNullable(interfaces.get(name));
    }

    /** An interface of that name that is not the local interface of its port's bridge. */
    public Optional<InterfaceEntry> iface(String name) {
        return anyInterface(name).filter(i -> !ports.get(i.port()).bridge().equals(name));
    }

    /** The bridge an interface's port is filed under. */
    public String bridgeOfInterface(InterfaceEntry iface) {
        return ports.get(iface.port()).bridge();
    }

    /**
     * Why a new bridge, port or interface may not be called {@code name}: the rest of ovs-vsctl's message after
     * "cannot create a ... named NAME", or empty if the name is free.
     */
    public Optional<String> conflict(String name) {
        if (bridges.containsKey(name)) {
            return Optional.of("because a bridge named " + name + " already exists");
        }
        PortEntry port = ports.get(name);
        if (port != null) {
            return Optional.of("because a port named " + name + " already exists on bridge " + port.bridge());
        }
        InterfaceEntry iface = interfaces.get(name);
        if (iface != null) {
            return Optional.of("because an interface named " + name + " already exists on bridge "
                    + bridgeOfInterface(iface));
        }
        return Optional.empty();
    }

    /** Mutable state while building; never escapes. */
    private static final class Builder {
        private final Map<String, BridgeEntry> bridges = new LinkedHashMap<>();
        private final Map<String, PortEntry> ports = new LinkedHashMap<>();
        private final Map<String, InterfaceEntry> interfaces = new LinkedHashMap<>();
        private final Map<String, List<String>> portsByBridge = new HashMap<>();
        private final Map<String, List<String>> interfacesByPort = new HashMap<>();
        private final Map<String, Map<Integer, String>> children = new HashMap<>();
        private final List<String> warnings = new ArrayList<>();

        void addBridge(BridgeEntry bridge) {
            bridges.put(bridge.name(), bridge);
            bridge.parent().ifPresent(parent -> {
                String sibling = children.computeIfAbsent(parent, p -> new LinkedHashMap<>())
                        .putIfAbsent(bridge.vlan(), bridge.name());
                if (sibling != null) {
                    warnings.add(parent + ": bridge has multiple VLAN bridges (" + bridge.name() + " and " + sibling
                            + ") for VLAN " + bridge.vlan() + ", but only one is allowed");
                }
            });
        }

        void addPort(PortEntry port) {
            ports.put(port.name(), port);
            portsByBridge.computeIfAbsent(port.bridge(), k -> new ArrayList<>()).add(port.name());
        }

        void addInterface(InterfaceEntry iface) {
            interfaces.put(iface.name(), iface);
            interfacesByPort.computeIfAbsent(iface.port(), k -> new ArrayList<>()).add(iface.name());
        }
    }
}
