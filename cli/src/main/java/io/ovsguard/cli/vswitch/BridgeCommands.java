package io.ovsguard.cli.vswitch;

import static io.ovsguard.cli.vswitch.BridgeTopology.BRIDGE;
import static io.ovsguard.cli.vswitch.BridgeTopology.PORT;

import io.ovsguard.cli.call.ExitStatusException;
import io.ovsguard.cli.command.CommandHandlers;
import io.ovsguard.cli.exec.CommandContext;
import io.ovsguard.cli.exec.CommandFailedException;
import io.ovsguard.cli.exec.WorkingRow;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.StringAtom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** add-br, del-br, list-br, br-exists, br-to-vlan, br-to-parent, br-set-external-id, br-get-external-id. */
final class BridgeCommands {

    private static final String FAKE_BRIDGE_PREFIX = "fake-bridge-";
    private static final int BRIDGE_NOT_FOUND = 2;

    private BridgeCommands() {
    }

    static void register(CommandHandlers.Builder<CommandContext> handlers) {
        handlers.register("add-br", new VswitchHandler(SwitchReads::topology, BridgeCommands::addBridge))
                .register("del-br", new ScopedVswitchHandler(SwitchReads::bridgeDelete, BridgeCommands::deleteBridge))
                .register("list-br", new ScopedVswitchHandler(SwitchReads::bridgeList, BridgeCommands::listBridges))
                .register("br-exists", new ScopedVswitchHandler(SwitchReads::bridges, BridgeCommands::bridgeExists))
                .register("br-to-vlan", new VswitchHandler(SwitchReads::topology,
                        ctx -> ctx.print(find(ctx, ctx.argument(0)).vlan() + "\n")))
                .register("br-to-parent", new VswitchHandler(SwitchReads::topology, ctx -> {
                    SwitchEdits edits = new SwitchEdits(ctx.db());
                    BridgeTopology topology = edits.topology();
                    ctx.print(topology.realBridgeOf(find(ctx, topology, ctx.argument(0))).name() + "\n");
                }))
                .register("br-set-external-id", new VswitchHandler(BridgeCommands::externalIdReads,
                        BridgeCommands::setExternalId))
                .register("br-get-external-id", new VswitchHandler(BridgeCommands::externalIdReads,
                        BridgeCommands::getExternalId));
    }

    /** The bridge named {@code name}, or ovs-vsctl's "no bridge named" failure. */
    static BridgeEntry find(CommandContext ctx, BridgeTopology topology, String name) {
        new SwitchEdits(ctx.db()).openVswitch().verify("bridges");
        return topology.bridge(name).orElseThrow(() -> new CommandFailedException("no bridge named " + name));
    }

    static BridgeEntry find(CommandContext ctx, String name) {
        return find(ctx, new SwitchEdits(ctx.db()).topology(), name);
    }

    /** A bridge that must be real: a fake one is refused. */
    static BridgeEntry findReal(CommandContext ctx, BridgeTopology topology, String name) {
        BridgeEntry bridge = find(ctx, topology, name);
        if (bridge.isFake()) {
            throw new CommandFailedException(name + " is a fake bridge");
        }
        return bridge;
    }

    private static void addBridge(CommandContext ctx) {
        List<String> args = ctx.arguments();
        // ovs-vsctl refuses an empty name before it looks at anything else, even the number of arguments
        if (args.get(0).isEmpty()) {
            throw new CommandFailedException("bridge name must not be empty string");
        }
        if (args.size() != 1 && args.size() != 3) {
            throw new CommandFailedException("'add-br' command takes exactly 1 or 3 arguments");
        }
        String name = args.get(0);
        Optional<String> parentName = args.size() == 3 ? Optional.of(args.get(1)) : Optional.empty();
        int vlan = args.size() == 3 ? CNumber.atoi(args.get(2)) : 0;
        if (vlan < 0 || vlan > 4095) {
            throw new CommandFailedException("add-br: vlan must be between 0 and 4095");
        }
        SwitchEdits edits = new SwitchEdits(ctx.db());
        BridgeTopology topology = edits.topology();
        if (ctx.hasOption("--may-exist")) {
            Optional<BridgeEntry> existing = topology.bridge(name);
            edits.openVswitch().verify("bridges");
            if (existing.isPresent()) {
                checkExisting(existing.get(), name, parentName, vlan);
                return;
            }
        }
        checkConflict(edits, topology, "cannot create a bridge named " + name, name);
        WorkingRow iface = edits.insertInterface(name);
        iface.write("type", Datums.ofString("internal"));
        // checked after ovs-vswitchd's reload, for a real bridge and a fake one alike, as ovs-vsctl does
        ctx.expectInterface(iface.uuid());
        WorkingRow port = edits.insertPort(name, List.of(iface));
        if (parentName.isEmpty()) {
            WorkingRow bridge = ctx.db().insert(BRIDGE);
            bridge.write("name", Datums.ofString(name));
            bridge.write("ports", Datums.ofUuid(port.uuid()));
            SwitchEdits.addReference(edits.openVswitch(), "bridges", bridge.uuid());
            return;
        }
        Optional<BridgeEntry> parent = topology.bridge(parentName.get());
        edits.openVswitch().verify("bridges");
        if (parent.isPresent() && parent.get().isFake()) {
            throw new CommandFailedException("cannot create bridge with fake bridge as parent");
        }
        if (parent.isEmpty()) {
            throw new CommandFailedException("parent bridge " + parentName.get() + " does not exist");
        }
        Optional<BridgeEntry> sibling = topology.child(parent.get().name(), vlan);
        if (sibling.isPresent()) {
            throw new CommandFailedException("bridge " + parentName.get() + " already has a child VLAN bridge "
                    + sibling.get().name() + " on VLAN " + vlan);
        }
        port.write("fake_bridge", Datums.ofBoolean(true));
        port.write("tag", Datums.ofInteger(vlan));
        SwitchEdits.addReference(edits.bridgeRow(topology, parent.get()), "ports", port.uuid());
    }

    private static void checkExisting(BridgeEntry bridge, String name, Optional<String> parentName, int vlan) {
        if (parentName.isEmpty()) {
            if (bridge.isFake()) {
                throw new CommandFailedException("\"--may-exist add-br " + name + "\" but " + name
                        + " is a VLAN bridge for VLAN " + bridge.vlan());
            }
            return;
        }
        String wanted = "\"--may-exist add-br " + name + " " + parentName.get() + " " + vlan + "\" but " + name;
        if (!bridge.isFake()) {
            throw new CommandFailedException(wanted + " is not a VLAN bridge");
        }
        if (!bridge.parent().get().equals(parentName.get())) {
            throw new CommandFailedException(wanted + " has the wrong parent " + bridge.parent().get());
        }
        if (bridge.vlan() != vlan) {
            throw new CommandFailedException(wanted + " is a VLAN bridge for the wrong VLAN " + bridge.vlan());
        }
    }

    /** Fails with "{@code what} because ..." if {@code name} is taken by a bridge, port or interface. */
    static void checkConflict(SwitchEdits edits, BridgeTopology topology, String what, String name) {
        edits.verifyStructure();
        Optional<String> conflict = topology.conflict(name);
        if (conflict.isPresent()) {
            throw new CommandFailedException(what + " " + conflict.get());
        }
    }

    private static void deleteBridge(CommandContext ctx) {
        SwitchEdits edits = new SwitchEdits(ctx.db());
        BridgeTopology topology = edits.topology();
        Optional<BridgeEntry> bridge = topology.bridge(ctx.argument(0));
        edits.openVswitch().verify("bridges");
        if (bridge.isEmpty()) {
            if (!ctx.hasOption("--if-exists")) {
                throw new CommandFailedException("no bridge named " + ctx.argument(0));
            }
            return;
        }
        edits.deleteBridge(topology, bridge.get());
    }

    private static void listBridges(CommandContext ctx) {
        boolean real = ctx.hasOption("--real");
        boolean fake = ctx.hasOption("--fake");
        if (!real && !fake) {
            real = true;
            fake = true;
        }
        List<String> names = new ArrayList<>();
        for (BridgeEntry bridge : new SwitchEdits(ctx.db()).topology().bridges()) {
            if (bridge.isFake() ? fake : real) {
                names.add(bridge.name());
            }
        }
        ctx.print(Utf8Strings.lines(names));
    }

    private static void bridgeExists(CommandContext ctx) {
        SwitchEdits edits = new SwitchEdits(ctx.db());
        boolean exists = edits.topology().bridge(ctx.argument(0)).isPresent();
        edits.openVswitch().verify("bridges");
        if (!exists) {
            throw new ExitStatusException(BRIDGE_NOT_FOUND);
        }
    }

    private static void externalIdReads(io.ovsguard.cli.exec.Prerequisites p) {
        SwitchReads.topologyAnd(p, BRIDGE, List.of("external_ids"));
        p.columns(PORT, List.of("external_ids"));
    }

    /** The row holding a bridge's external ids, and the key prefix used there. */
    private static WorkingRow externalIdRow(SwitchEdits edits, BridgeTopology topology, BridgeEntry bridge) {
        if (bridge.row().isPresent()) {
            return edits.row(BRIDGE, bridge.row().get());
        }
        return edits.row(PORT, topology.anyPort(bridge.name()).orElseThrow().row());
    }

    private static void setExternalId(CommandContext ctx) {
        SwitchEdits edits = new SwitchEdits(ctx.db());
        BridgeTopology topology = edits.topology();
        BridgeEntry bridge = find(ctx, topology, ctx.argument(0));
        String key = (bridge.isFake() ? FAKE_BRIDGE_PREFIX : "") + ctx.argument(1);
        WorkingRow row = externalIdRow(edits, topology, bridge);
        Map<String, String> ids = strings((OvsdbMap) row.read("external_ids"));
        if (ctx.arguments().size() >= 3) {
            ids.put(key, ctx.argument(2));
        } else {
            ids.remove(key);
        }
        row.verify("external_ids");
        row.write("external_ids", OvsdbMap.ofStrings(ids));
    }

    private static void getExternalId(CommandContext ctx) {
        SwitchEdits edits = new SwitchEdits(ctx.db());
        BridgeTopology topology = edits.topology();
        BridgeEntry bridge = find(ctx, topology, ctx.argument(0));
        String prefix = bridge.isFake() ? FAKE_BRIDGE_PREFIX : "";
        WorkingRow row = externalIdRow(edits, topology, bridge);
        row.verify("external_ids");
        Map<String, String> ids = strings((OvsdbMap) row.read("external_ids"));
        if (ctx.arguments().size() >= 2) {
            String value = ids.get(prefix + ctx.argument(1));
            if (value != null) {
                ctx.print(value + "\n");
            }
            return;
        }
        StringBuilder text = new StringBuilder();
        ids.keySet().stream().sorted(Utf8Strings.ORDER).filter(k -> k.startsWith(prefix))
                .forEach(k -> text.append(k.substring(prefix.length())).append('=').append(ids.get(k)).append('\n'));
        ctx.print(text.toString());
    }

    private static Map<String, String> strings(OvsdbMap map) {
        Map<String, String> result = new TreeMap<>();
        map.entries().forEach(e -> result.put(((StringAtom) e.key()).value(), ((StringAtom) e.value()).value()));
        return result;
    }
}
