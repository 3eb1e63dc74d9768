package io.ovsguard.cli.vswitch;

import io.ovsguard.ovsdb.notation.BooleanAtom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.IntegerAtom;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.StringAtom;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.notation.UuidAtom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A hand-built switch database for model tests: bridges, ports and interfaces added by name. */
final class FixedRows implements RowSource {

    private record Row(Uuid uuid, Map<String, Datum> columns) implements RowView {
        @Override
        public Datum read(String column) {
            Datum value = columns.get(column);
            return value == null ? OvsdbSet.empty() : value;
        }
    }

    private final Map<String, Map<Uuid, Row>> tables = new LinkedHashMap<>();
    private final List<Uuid> bridges = new ArrayList<>();
    private final Map<String, Uuid> byName = new LinkedHashMap<>();

    /** A real bridge with its local port and interface. */
    FixedRows bridge(String name) {
        Uuid port = port(name, null, false, name);
        Uuid bridge = add(BridgeTopology.BRIDGE, Map.of("name", str(name), "ports", refs(port)));
        bridges.add(bridge);
        byName.put("bridge:" + name, bridge);
        return this;
    }

    /** A port with one interface of the same name on {@code bridge}. */
    FixedRows port(String bridge, String name, Integer tag) {
        return attach(bridge, port(name, tag, false, name));
    }

    /** A fake bridge: a port marked fake_bridge with {@code tag} on {@code parent}. */
    FixedRows fakeBridge(String parent, String name, int tag) {
        return attach(parent, port(name, tag, true, name));
    }

    /** A bond: a port with several interfaces. */
    FixedRows bond(String bridge, String name, String... interfaces) {
        return attach(bridge, port(name, null, false, interfaces));
    }

    private FixedRows attach(String bridge, Uuid port) {
        Row row = tables.get(BridgeTopology.BRIDGE).get(byName.get("bridge:" + bridge));
        List<Uuid> ports = new ArrayList<>(Datums.uuids(row.read("ports")));
        ports.add(port);
        row.columns().put("ports", refs(ports.toArray(Uuid[]::new)));
        return this;
    }

    private Uuid port(String name, Integer tag, boolean fake, String... interfaces) {
        List<Uuid> ifaces = new ArrayList<>();
        for (String iface : interfaces) {
            ifaces.add(add(BridgeTopology.INTERFACE, Map.of("name", str(iface))));
        }
        Map<String, Datum> columns = new LinkedHashMap<>();
        columns.put("name", str(name));
        columns.put("interfaces", refs(ifaces.toArray(Uuid[]::new)));
        columns.put("fake_bridge", OvsdbSet.of(new BooleanAtom(fake)));
        columns.put("tag", tag == null ? OvsdbSet.empty() : OvsdbSet.of(new IntegerAtom(tag)));
        return add(BridgeTopology.PORT, columns);
    }

    private Uuid add(String table, Map<String, Datum> columns) {
        Uuid uuid = Uuid.random();
        tables.computeIfAbsent(table, t -> new LinkedHashMap<>()).put(uuid, new Row(uuid, new LinkedHashMap<>(columns)));
        return uuid;
    }

    private static Datum str(String value) {
        return OvsdbSet.of(new StringAtom(value));
    }

    private static Datum refs(Uuid... uuids) {
        return OvsdbSet.of(java.util.Arrays.stream(uuids).map(UuidAtom::new).toList());
    }

    @Override
    public List<RowView> rows(String table) {
        if (table.equals(BridgeTopology.OPEN_VSWITCH)) {
            return List.of(new Row(Uuid.ZERO, Map.of("bridges", refs(bridges.toArray(Uuid[]::new)))));
        }
        return List.copyOf(tables.getOrDefault(table, Map.of()).values());
    }

    @Override
    public Optional<RowView> row(String table, Uuid uuid) {
        return Optional.ofNullable(tables.getOrDefault(table, Map.of()).get(uuid));
    }
}
