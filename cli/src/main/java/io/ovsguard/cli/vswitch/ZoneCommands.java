package io.ovsguard.cli.vswitch;

import static io.ovsguard.cli.vswitch.BridgeTopology.OPEN_VSWITCH;

import io.ovsguard.cli.command.CommandHandlers;
import io.ovsguard.cli.command.OvsHashOrder;
import io.ovsguard.cli.exec.CommandContext;
import io.ovsguard.cli.exec.Prerequisites;
import io.ovsguard.cli.exec.WorkingRow;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.IntegerAtom;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.StringAtom;
import io.ovsguard.ovsdb.notation.UuidAtom;
import io.ovsguard.ovsdb.op.Mutator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * add-zone-tp, del-zone-tp, list-zone-tp and list-dp-cap: conntrack zones with their timeout policies, and the
 * capabilities, of the datapaths named in the Open_vSwitch table's {@code datapaths} map.
 */
final class ZoneCommands {

    static final String DATAPATH = "Datapath";
    static final String CT_ZONE = "CT_Zone";
    static final String CT_ZONES = "ct_zones";

    private ZoneCommands() {
    }

    static void register(CommandHandlers.Builder<CommandContext> handlers) {
        handlers.register("add-zone-tp", new VswitchHandler(ZoneCommands::zoneReads, ZoneCommands::addZone))
                .register("del-zone-tp", new VswitchHandler(ZoneCommands::zoneReads, ZoneCommands::deleteZone))
                .register("list-zone-tp", new VswitchHandler(ZoneCommands::zoneReads, ZoneCommands::listZones))
                .register("list-dp-cap", new VswitchHandler(p -> {
                    p.columns(OPEN_VSWITCH, List.of("datapaths"));
                    p.columns(DATAPATH, List.of("capabilities"));
                }, ZoneCommands::listCapabilities));
    }

    private static void zoneReads(Prerequisites p) {
        p.columns(OPEN_VSWITCH, List.of("datapaths"));
        p.columns(DATAPATH, List.of(CT_ZONES));
        p.columns(CT_ZONE, List.of("timeout_policy"));
        p.columns(TimeoutPolicies.TABLE, List.of(TimeoutPolicies.TIMEOUTS));
    }

    private static Optional<WorkingRow> datapath(CommandContext ctx, String name) {
        WorkingRow ovs = new SwitchEdits(ctx.db()).openVswitch();
        return ((OvsdbMap) ovs.read("datapaths")).get(new StringAtom(name))
                .filter(UuidAtom.class::isInstance)
                .flatMap(u -> ctx.db().row(DATAPATH, ((UuidAtom) u).value()));
    }

    /**
     * The zone id an unparsable {@code zone=ID} argument of add-zone-tp gets: ovs-vsctl 3.1 does not check the scan
     * and goes on with an uninitialised id, which is this value in the Debian 3.1 build.
     */
    static final long UNSCANNED_ADD_ZONE_ID = 100;

    /** The zone id of a {@code zone=ID} argument; it follows the datapath check, as in ovs-vsctl. */
    private static long zoneId(CommandContext ctx) {
        // for del-zone-tp 3.1's uninitialised id is a stack address (never a zone), so later versions' message is
        // kept there
        return CNumber.scanInteger("zone=", ctx.argument(1)).orElseThrow(() ->
                ctx.fail("invalid zone argument, " + ctx.argument(1)));
    }

    private static Optional<WorkingRow> zone(CommandContext ctx, WorkingRow datapath, long zoneId) {
        return ((OvsdbMap) datapath.read(CT_ZONES)).get(new IntegerAtom(zoneId))
                .filter(UuidAtom.class::isInstance)
                .flatMap(u -> ctx.db().row(CT_ZONE, ((UuidAtom) u).value()));
    }

    private static void addZone(CommandContext ctx) {
        String name = ctx.argument(0);
        WorkingRow datapath = datapath(ctx, name).orElseThrow(() ->
                ctx.fail("datapath " + name + " does not exist"));
        long zoneId = CNumber.scanInteger("zone=", ctx.argument(1)).orElse(UNSCANNED_ADD_ZONE_ID);
        Optional<WorkingRow> zone = zone(ctx, datapath, zoneId);
        if (zone.isPresent() && !ctx.hasOption("--may-exist")) {
            throw ctx.fail("zone id " + Long.toUnsignedString(zoneId) + " already exists");
        }
        List<String> policies = ctx.arguments().subList(2, ctx.arguments().size());
        WorkingRow policy = new TimeoutPolicies(ctx).findOrInsert(policies);
        if (zone.isPresent()) {
            zone.get().write("timeout_policy", Datums.ofUuid(policy.uuid()));
        } else {
            WorkingRow inserted = ctx.db().insert(CT_ZONE);
            inserted.write("timeout_policy", Datums.ofUuid(policy.uuid()));
            datapath.writeMapEntry(CT_ZONES, new IntegerAtom(zoneId), new UuidAtom(inserted.uuid()));
        }
    }

    private static void deleteZone(CommandContext ctx) {
        String name = ctx.argument(0);
        WorkingRow datapath = datapath(ctx, name).orElseThrow(() ->
                ctx.fail("datapath " + name + " does not exist"));
        long zoneId = zoneId(ctx);
        if (zone(ctx, datapath, zoneId).isPresent()) {
            // the IDL's partial delete of one key; the zone row, then unreferenced, is garbage collected
            datapath.mutate(CT_ZONES, Mutator.DELETE, OvsdbSet.of(new IntegerAtom(zoneId)));
        } else if (!ctx.hasOption("--if-exists")) {
            throw ctx.fail("zone id " + Long.toUnsignedString(zoneId) + " does not exist");
        }
    }

    private static void listZones(CommandContext ctx) {
        String name = ctx.argument(0);
        WorkingRow datapath = datapath(ctx, name).orElseThrow(() ->
                ctx.fail("datapath: " + name + " record not found"));
        StringBuilder out = new StringBuilder();
        for (OvsdbMap.Entry entry : ((OvsdbMap) datapath.read(CT_ZONES)).entries()) {
            out.append("Zone:").append(Long.toUnsignedString(((IntegerAtom) entry.key()).value()))
                    .append(", Timeout Policies: ");
            Optional<WorkingRow> policy = ctx.db().row(CT_ZONE, ((UuidAtom) entry.value()).value())
                    .flatMap(zone -> Datums.uuid(zone.read("timeout_policy")))
                    .flatMap(uuid -> ctx.db().row(TimeoutPolicies.TABLE, uuid));
            if (policy.isPresent()) {
                for (OvsdbMap.Entry timeout : ((OvsdbMap) policy.get().read(TimeoutPolicies.TIMEOUTS)).entries()) {
                    out.append(((StringAtom) timeout.key()).value()).append('=')
                            .append(Long.toUnsignedString(((IntegerAtom) timeout.value()).value())).append(' ');
                }
            } else {
                out.append("system default");
            }
            chompSpace(out);
            out.append('\n');
        }
        ctx.print(out.toString());
    }

    private static void listCapabilities(CommandContext ctx) {
        String name = ctx.argument(0);
        WorkingRow datapath = datapath(ctx, name).orElseThrow(() ->
                ctx.fail("datapath \"" + name + "\" record not found"));
        // ovs-vsctl walks the capabilities as a string hash map filled in key order, not in key order
        List<OvsdbMap.Entry> entries = ((OvsdbMap) datapath.read("capabilities")).entries();
        List<String> keys = new ArrayList<>();
        entries.forEach(e -> keys.add(((StringAtom) e.key()).value()));
        StringBuilder out = new StringBuilder();
        for (int i : OvsHashOrder.indices(keys)) {
            Atom value = entries.get(i).value();
            out.append(keys.get(i)).append('=').append(((StringAtom) value).value()).append(' ');
        }
        chompSpace(out);
        ctx.print(out.append('\n').toString());
    }

    private static void chompSpace(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }
}
