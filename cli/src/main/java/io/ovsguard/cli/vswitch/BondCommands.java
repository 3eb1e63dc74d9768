package io.ovsguard.cli.vswitch;

import static io.ovsguard.cli.vswitch.BridgeTopology.INTERFACE;
import static io.ovsguard.cli.vswitch.BridgeTopology.PORT;

import io.ovsguard.cli.command.CommandHandlers;
import io.ovsguard.cli.exec.CommandContext;
import io.ovsguard.cli.exec.CommandFailedException;
import io.ovsguard.cli.exec.WorkingRow;
import io.ovsguard.ovsdb.notation.UuidAtom;
import java.util.List;
import java.util.Optional;

/** add-bond-iface and del-bond-iface: growing and shrinking a port's set of interfaces. */
final class BondCommands {

    private BondCommands() {
    }

    static void register(CommandHandlers.Builder<CommandContext> handlers) {
        handlers.register("add-bond-iface", new VswitchHandler(SwitchReads::topology, BondCommands::addInterface))
                .register("del-bond-iface", new VswitchHandler(SwitchReads::topology,
                        BondCommands::deleteInterface));
    }

    private static void addInterface(CommandContext ctx) {
        SwitchEdits edits = new SwitchEdits(ctx.db());
        BridgeTopology topology = edits.topology();
        PortEntry port = PortCommands.findPort(edits, topology, ctx.argument(0));
        String name = ctx.argument(1);
        if (ctx.hasOption("--may-exist")) {
            Optional<InterfaceEntry> existing = topology.iface(name);
            edits.verifyStructure();
            if (existing.isPresent()) {
                if (existing.get().port().equals(port.name())) {
                    return;
                }
                throw new CommandFailedException("\"" + CommandText.of(ctx) + "\" but " + name
                        + " is actually attached to port " + existing.get().port());
            }
        }
        BridgeCommands.checkConflict(edits, topology, "cannot create an interface named " + name, name);
        WorkingRow iface = edits.insertInterface(name);
        ctx.expectInterface(iface.uuid());
        // a partial update, as ovs-vsctl 3.1 makes it: later reads of the column in the line do not see it
        edits.row(PORT, port.row()).insertSetElementShownInSwitch("interfaces", new UuidAtom(iface.uuid()));
    }

    private static void deleteInterface(CommandContext ctx) {
        List<String> args = ctx.arguments();
        String name = args.get(args.size() - 1);
        SwitchEdits edits = new SwitchEdits(ctx.db());
        BridgeTopology topology = edits.topology();
        Optional<InterfaceEntry> iface = topology.iface(name);
        if (iface.isEmpty()) {
            if (!ctx.hasOption("--if-exists")) {
                throw new CommandFailedException("no interface named " + name);
            }
            edits.verifyStructure();
            return;
        }
        edits.verifyStructure();
        if (args.size() > 1) {
            PortEntry port = PortCommands.findPort(edits, topology, args.get(0));
            if (!iface.get().port().equals(port.name())) {
                throw new CommandFailedException("port " + args.get(0) + " does not have an interface " + name);
            }
        }
        if (topology.interfacesOf(iface.get().port()).size() <= 1) {
            throw new CommandFailedException("cannot delete last interface from port " + iface.get().port());
        }
        PortEntry owner = topology.anyPort(iface.get().port()).orElseThrow();
        edits.row(PORT, owner.row()).deleteSetElementShownInSwitch("interfaces", new UuidAtom(iface.get().row()));
        edits.row(INTERFACE, iface.get().row()).delete();
    }
}
