package io.ovsguard.cli.vswitch;

import static io.ovsguard.cli.vswitch.BridgeTopology.BRIDGE;
import static io.ovsguard.cli.vswitch.BridgeTopology.INTERFACE;
import static io.ovsguard.cli.vswitch.BridgeTopology.OPEN_VSWITCH;
import static io.ovsguard.cli.vswitch.BridgeTopology.PORT;

import io.ovsguard.cli.exec.CommandContext;
import io.ovsguard.cli.exec.Prerequisites;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.op.Condition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/** The columns the vswitch commands read, declared before the database is fetched. */
final class SwitchReads {

    private SwitchReads() {
    }

    /** What the bridge model needs (ovs-vsctl's {@code pre_get_info}). */
    static void topology(Prerequisites p) {
        p.columns(OPEN_VSWITCH, List.of("bridges"));
        p.columns(BRIDGE, List.of("name", "controller", "fail_mode", "ports"));
        p.columns(PORT, List.of("name", "fake_bridge", "tag", "interfaces"));
        p.columns(INTERFACE, List.of("name"));
    }

    /**
     * The bridge model as far as a few named ports and interfaces need it, for scale: every bridge, but of the ports
     * only those with one of {@code portNames} and every fake bridge, of the interfaces only those with one of
     * {@code interfaceNames}, plus the rows linked to these (the interfaces of a fetched port, the ports holding a
     * fetched interface), and of each bridge's {@code ports} only the references to the fetched ports. On a bridge
     * with ten thousand ports a command that adds or deletes one fetches a handful of rows instead of twenty
     * thousand and a set of ten thousand uuids. Name lookups, conflicts and fake bridges come out as with the whole
     * model, since every row with a name in question is fetched with everything it belongs to; the verifies of the
     * partial {@code ports} guard what was fetched of them.
     */
    static void topologyOfNames(Prerequisites p, Collection<String> portNames, Collection<String> interfaceNames) {
        scopedTopology(p, portNames, interfaceNames, true);
    }

    /**
     * The bridge model of the real bridges alone: every bridge, no port, no interface. Fake bridges come as Port rows
     * marked {@code fake_bridge}, which the server can only find by reading all the ports (it indexes nothing but
     * {@code _uuid} for a select): on a bridge of ten thousand ports that scan is most of a lone {@code add-port}'s
     * time in the server. So a command that guesses (see {@link Prerequisites#takeNameGuess}) may also guess that the
     * bridge it names is real; if it is not, the guess fails and the command runs again with the whole scoped model.
     * What it gives up is ovs-vsctl's warning about a fake-bridge port that is in two bridges, which an add-port
     * with the names looked up does not give either for any other port (cli/ENGINE.md, known differences).
     */
    static void topologyOfRealBridges(Prerequisites p) {
        scopedTopology(p, List.of(), List.of(), false);
    }

    private static void scopedTopology(Prerequisites p, Collection<String> portNames,
            Collection<String> interfaceNames, boolean fakeBridges) {
        p.columns(OPEN_VSWITCH, List.of("bridges"));
        p.columns(BRIDGE, List.of("name", "controller", "fail_mode"));
        p.referencesWithin(BRIDGE, "ports", PORT);
        p.columns(PORT, List.of("name", "fake_bridge", "tag", "interfaces"));
        p.columns(INTERFACE, List.of("name"));
        for (String name : new LinkedHashSet<>(portNames)) {
            p.restrict(PORT, List.of(Condition.equal("name", Atom.string(name))));
        }
        if (fakeBridges) {
            p.restrict(PORT, List.of(Condition.equal("fake_bridge", Atom.bool(true))));
        } else if (portNames.isEmpty()) {
            // no port at all (no row has the zero uuid): a table declared without a restriction is read whole
            p.restrict(PORT, List.of(Condition.uuidIs(Uuid.ZERO)));
        }
        for (String name : new LinkedHashSet<>(interfaceNames)) {
            p.restrict(INTERFACE, List.of(Condition.equal("name", Atom.string(name))));
        }
        if (interfaceNames.isEmpty()) {
            // no interface is looked up by name: only the fetched ports' own interfaces (no row has the zero uuid)
            p.restrict(INTERFACE, List.of(Condition.uuidIs(Uuid.ZERO)));
        }
        p.follow(PORT, "interfaces", INTERFACE);
        p.followReferrers(INTERFACE, PORT, "interfaces");
    }

    /** add-port BRIDGE PORT [COLUMN=VALUE]...: the port and interface of the new name, with or without --may-exist. */
    static void addPort(CommandContext ctx) {
        Prerequisites p = ctx.prerequisites();
        if (p.takeNameGuess()) {
            // the new port and its interface are guessed absent: their inserts guard the name (index on name); the
            // bridge is guessed real: a fake or missing one fails the guess
            topologyOfRealBridges(p);
            return;
        }
        topologyOfNames(p, List.of(ctx.argument(1)), List.of(ctx.argument(1)));
    }

    /**
     * add-bond BRIDGE PORT IFACE... [COLUMN=VALUE]...: the ports and interfaces of all the new names, since the new
     * port's name must be no interface's and each new interface's no port's.
     */
    static void addBond(CommandContext ctx) {
        List<String> args = ctx.arguments();
        List<String> names = new ArrayList<>();
        names.add(ctx.argument(1));
        for (String arg : args.subList(2, args.size())) {
            if (arg.indexOf('=') >= 0) {
                break;
            }
            names.add(arg);
        }
        topologyOfNames(ctx.prerequisites(), names, names);
    }

    /** del-port [BRIDGE] PORT: the named port, or with --with-iface the port or interface. */
    static void deletePort(CommandContext ctx) {
        List<String> args = ctx.arguments();
        String target = args.get(args.size() - 1);
        topologyOfNames(ctx.prerequisites(), List.of(target), ctx.hasOption("--with-iface") ? List.of(target)
                : List.of());
    }

    /** port-to-br PORT: the named port. */
    static void port(CommandContext ctx) {
        topologyOfNames(ctx.prerequisites(), List.of(ctx.argument(0)), List.of());
    }

    /** iface-to-br IFACE: the named interface and its port. */
    static void iface(CommandContext ctx) {
        topologyOfNames(ctx.prerequisites(), List.of(), List.of(ctx.argument(0)));
    }

    /**
     * list-br: the bridges, real and fake, and no other port, as far as the picture's warnings allow: the fetch
     * checks that no port is in two bridges and no interface in two ports (what ovs-vsctl would warn about while
     * building its picture; bridge, port and interface names are indexed, so these are the warnings an ordinary
     * database can give besides two fake bridges of one VLAN, which the fake-bridge ports show) and, where one
     * is, fetches the whole picture instead.
     */
    static void bridgeList(CommandContext ctx) {
        topologyOfNames(ctx.prerequisites(), List.of(), List.of());
        ctx.prerequisites().requireDisjoint(BRIDGE, "ports", "name");
        ctx.prerequisites().requireDisjoint(PORT, "interfaces", "name");
    }

    /**
     * The whole bridge picture for a listing of ports or interfaces: as {@link #topology}, but a port's
     * {@code fake_bridge} comes as the ports where it is set (usually none), and its {@code tag}, which only files
     * ports under fake bridges, only where some port is a fake bridge. On a bridge of ten thousand ports the server
     * writes two columns fewer per port.
     */
    static void topologyForListing(Prerequisites p) {
        p.columns(OPEN_VSWITCH, List.of("bridges"));
        p.columns(BRIDGE, List.of("name", "controller", "fail_mode", "ports"));
        p.columns(PORT, List.of("name", "interfaces"));
        p.sparseColumns(PORT, List.of("fake_bridge"));
        p.columnsGuardedBy(PORT, List.of("tag"), "fake_bridge");
        p.columns(INTERFACE, List.of("name"));
        p.manyRows(PORT);
        p.manyRows(INTERFACE);
    }

    /**
     * list-ports BRIDGE: the whole picture but the interface rows, which only feed the warning of an interface in
     * two ports; the fetched ports' interface sets show whether there is one, and where there is, the fetch takes
     * the interfaces too (ten thousand names fewer on a big bridge).
     */
    static void portList(CommandContext ctx) {
        Prerequisites p = ctx.prerequisites();
        topologyForListing(p);
        p.restrict(INTERFACE, List.of(Condition.uuidIs(Uuid.ZERO)));
        p.requireDisjoint(BRIDGE, "ports", "name");
        p.requireDisjoint(PORT, "interfaces", "name");
    }

    /**
     * del-br BRIDGE: every bridge, the port named BRIDGE, every fake-bridge port and the ports on their VLANs (the
     * ports of a fake bridge), with their interfaces; the other ports of a deleted real bridge are not fetched, the
     * server collects them with the Bridge row (ports and interfaces are not root rows, so nothing else keeps them:
     * the fetch checks that no port is in two bridges and no interface in two ports, and where one is, fetches the
     * whole picture). With a schema where they are root rows, the whole picture.
     */
    static void bridgeDelete(CommandContext ctx) {
        Prerequisites p = ctx.prerequisites();
        p.wholeIfRead(SwitchEdits.COLLECTOR_SETS);
        if (ctx.schema().table(PORT).isRoot() || ctx.schema().table(INTERFACE).isRoot()) {
            topology(p);
            return;
        }
        topologyOfNames(p, List.of(ctx.argument(0)), List.of());
        p.followSameValue(PORT, "tag");
        p.requireDisjoint(BRIDGE, "ports", "name");
        p.requireDisjoint(PORT, "interfaces", "name");
    }

    /** br-exists BRIDGE: the bridges, real and fake, and no other port. */
    static void bridges(CommandContext ctx) {
        topologyOfNames(ctx.prerequisites(), List.of(), List.of());
    }

    static void topologyAnd(Prerequisites p, String table, List<String> columns) {
        topology(p);
        p.columns(table, columns);
    }
}
