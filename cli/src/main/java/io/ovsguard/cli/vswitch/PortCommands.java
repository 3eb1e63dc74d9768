package io.ovsguard.cli.vswitch;

import static io.ovsguard.cli.vswitch.BridgeTopology.INTERFACE;
import static io.ovsguard.cli.vswitch.BridgeTopology.PORT;

import io.ovsguard.cli.command.CommandHandlers;
import io.ovsguard.cli.db.ColumnWriter;
import io.ovsguard.cli.exec.CommandContext;
import io.ovsguard.cli.exec.CommandFailedException;
import io.ovsguard.cli.exec.WorkingRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** list-ports, add-port, add-bond, del-port, port-to-br, list-ifaces, iface-to-br. */
final class PortCommands {

    private PortCommands() {
    }

    static void register(CommandHandlers.Builder<CommandContext> handlers) {
        handlers.register("list-ports", new ScopedVswitchHandler(SwitchReads::portList, PortCommands::listPorts))
                .register("add-port", new ScopedVswitchHandler(SwitchReads::addPort, ctx -> addPort(ctx,
                        ctx.arguments().subList(1, 2), ctx.arguments().subList(2, ctx.arguments().size()))))
                .register("add-bond", new ScopedVswitchHandler(SwitchReads::addBond, PortCommands::addBond))
                .register("del-port", new ScopedVswitchHandler(SwitchReads::deletePort, PortCommands::deletePort))
                .register("port-to-br", new ScopedVswitchHandler(SwitchReads::port, ctx -> {
                    SwitchEdits edits = new SwitchEdits(ctx.db());
                    ctx.print(findPort(edits, edits.topology(), ctx.argument(0)).bridge() + "\n");
                }))
                .register("list-ifaces", new VswitchHandler(SwitchReads::topologyForListing, PortCommands::listInterfaces))
                .register("iface-to-br", new ScopedVswitchHandler(SwitchReads::iface, ctx -> {
                    SwitchEdits edits = new SwitchEdits(ctx.db());
                    BridgeTopology topology = edits.topology();
                    InterfaceEntry iface = findInterface(edits, topology, ctx.argument(0));
                    ctx.print(topology.bridgeOfInterface(iface) + "\n");
                }));
    }

    static PortEntry findPort(SwitchEdits edits, BridgeTopology topology, String name) {
        Optional<PortEntry> port = topology.port(name);
        if (port.isEmpty()) {
            throw new CommandFailedException("no port named " + name);
        }
        edits.verifyStructure();
        return port.get();
    }

    static InterfaceEntry findInterface(SwitchEdits edits, BridgeTopology topology, String name) {
        Optional<InterfaceEntry> iface = topology.iface(name);
        if (iface.isEmpty()) {
            throw new CommandFailedException("no interface named " + name);
        }
        edits.verifyStructure();
        return iface.get();
    }

    private static void listPorts(CommandContext ctx) {
        SwitchEdits edits = new SwitchEdits(ctx.db());
        BridgeTopology topology = edits.topology();
        BridgeEntry bridge = BridgeCommands.find(ctx, topology, ctx.argument(0));
        edits.bridgeRow(topology, bridge).verify("ports");
        List<String> names = new ArrayList<>();
        for (PortEntry port : topology.portsOf(bridge.name())) {
            if (!port.name().equals(bridge.name())) {
                names.add(port.name());
            }
        }
        ctx.print(Utf8Strings.lines(names));
    }

    private static void listInterfaces(CommandContext ctx) {
        SwitchEdits edits = new SwitchEdits(ctx.db());
        BridgeTopology topology = edits.topology();
        BridgeEntry bridge = BridgeCommands.find(ctx, topology, ctx.argument(0));
        edits.verifyStructure();
        List<String> names = new ArrayList<>();
        for (PortEntry port : topology.portsOf(bridge.name())) {
            for (InterfaceEntry iface : topology.interfacesOf(port.name())) {
                if (!iface.name().equals(bridge.name())) {
                    names.add(iface.name());
                }
            }
        }
        ctx.print(Utf8Strings.lines(names));
    }

    private static void addBond(CommandContext ctx) {
        List<String> args = ctx.arguments();
        int interfaces = args.size() - 2;
        for (int i = 2; i < args.size(); i++) {
            if (args.get(i).indexOf('=') >= 0) {
                interfaces = i - 2;
                break;
            }
        }
        if (interfaces < 2) {
            throw new CommandFailedException("add-bond requires at least 2 interfaces, but only " + interfaces
                    + " were specified");
        }
        addPort(ctx, args.subList(2, 2 + interfaces), args.subList(2 + interfaces, args.size()));
    }

    /** Adds port {@code argument(1)} to bridge {@code argument(0)} with these interfaces and Port settings. */
    private static void addPort(CommandContext ctx, List<String> interfaceNames, List<String> settings) {
        String bridgeName = ctx.argument(0);
        String portName = ctx.argument(1);
        // refused before the switch is looked at, as ovs-vsctl does: an empty name is no name
        if (portName.isEmpty()) {
            throw new CommandFailedException("port name must not be empty string");
        }
        for (String name : interfaceNames) {
            if (name.isEmpty()) {
                throw new CommandFailedException("interface name must not be empty string");
            }
        }
        SwitchEdits edits = new SwitchEdits(ctx.db());
        BridgeTopology topology = edits.topology();
        if (ctx.hasOption("--may-exist")) {
            Optional<PortEntry> existing = topology.port(portName);
            edits.verifyStructure();
            if (existing.isPresent()) {
                checkExisting(ctx, edits, existing.get(), interfaceNames);
                return;
            }
        }
        BridgeCommands.checkConflict(edits, topology, "cannot create a port named " + portName, portName);
        for (String name : interfaceNames) {
            BridgeCommands.checkConflict(edits, topology, "cannot create an interface named " + name, name);
        }
        BridgeEntry bridge = BridgeCommands.find(ctx, topology, bridgeName);
        List<WorkingRow> ifaces = new ArrayList<>(interfaceNames.size());
        for (String name : interfaceNames) {
            WorkingRow iface = edits.insertInterface(name);
            ctx.expectInterface(iface.uuid());
            ifaces.add(iface);
        }
        WorkingRow port = edits.insertPort(portName, ifaces);
        port.write("bond_fake_iface", Datums.ofBoolean(ctx.hasOption("--fake-iface")));
        if (bridge.isFake()) {
            port.write("tag", Datums.ofInteger(bridge.vlan()));
        }
        for (String setting : settings) {
            ColumnWriter.set(port, setting, ctx.symbols(), false);
        }
        SwitchEdits.addPort(edits.bridgeRow(topology, bridge), port.uuid());
        edits.guardNames(portName, interfaceNames);
    }

    private static void checkExisting(CommandContext ctx, SwitchEdits edits, PortEntry port, List<String> wanted) {
        WorkingRow row = edits.row(PORT, port.row());
        List<String> have = new ArrayList<>();
        // a reference to no row (an @name the line never created) is dropped, as the IDL's parsers drop it
        Datums.uuids(row.read("interfaces")).forEach(u -> ctx.db().row(INTERFACE, u)
                .ifPresent(iface -> have.add(Datums.name(iface.read("name")))));
        List<String> sortedHave = Utf8Strings.sorted(have);
        if (!port.bridge().equals(ctx.argument(0))) {
            throw new CommandFailedException("\"" + CommandText.of(ctx) + "\" but " + port.name()
                    + " is actually attached to bridge " + port.bridge());
        }
        if (!Utf8Strings.sorted(wanted).equals(sortedHave)) {
            throw new CommandFailedException("\"" + CommandText.of(ctx) + "\" but " + port.name()
                    + " actually has interface(s) " + String.join(", ", sortedHave));
        }
    }

    private static void deletePort(CommandContext ctx) {
        boolean mustExist = !ctx.hasOption("--if-exists");
        List<String> args = ctx.arguments();
        String target = args.get(args.size() - 1);
        SwitchEdits edits = new SwitchEdits(ctx.db());
        BridgeTopology topology = edits.topology();
        Optional<PortEntry> port;
        edits.openVswitch().verify("bridges");
        if (topology.bridge(target).isPresent()) {
            if (mustExist) {
                throw new CommandFailedException("cannot delete port " + target + " because it is the local port"
                        + " for bridge " + target + " (deleting this port requires deleting the entire bridge)");
            }
            port = Optional.empty();
        } else if (!ctx.hasOption("--with-iface")) {
            port = topology.port(target);
            if (port.isEmpty() && mustExist) {
                throw new CommandFailedException("no port named " + target);
            }
        } else {
            port = topology.port(target)
                    .or(() -> topology.iface(target).flatMap(i -> topology.anyPort(i.port())));
            if (port.isEmpty() && mustExist) {
                throw new CommandFailedException("no port or interface named " + target);
            }
        }
        edits.verifyStructure();
        if (port.isEmpty()) {
            return;
        }
        if (args.size() == 2) {
            BridgeEntry bridge = BridgeCommands.find(ctx, topology, args.get(0));
            BridgeEntry owner = topology.bridge(port.get().bridge()).orElseThrow();
            if (!owner.name().equals(bridge.name())) {
                if (owner.parent().filter(bridge.name()::equals).isPresent()) {
                    throw new CommandFailedException("bridge " + args.get(0) + " does not have a port " + args.get(1)
                            + " (although its child bridge " + owner.name() + " does)");
                }
                throw new CommandFailedException("bridge " + args.get(0) + " does not have a port " + args.get(1));
            }
        }
        edits.deletePort(topology, port.get());
    }
}
