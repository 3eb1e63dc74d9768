package io.ovsguard.cli.vswitch;

import static io.ovsguard.cli.vswitch.BridgeTopology.BRIDGE;
import static io.ovsguard.cli.vswitch.BridgeTopology.INTERFACE;
import static io.ovsguard.cli.vswitch.BridgeTopology.OPEN_VSWITCH;
import static io.ovsguard.cli.vswitch.BridgeTopology.PORT;

import io.ovsguard.cli.command.CommandHandlers;
import io.ovsguard.cli.exec.CommandContext;
import io.ovsguard.cli.exec.Prerequisites;
import io.ovsguard.cli.exec.WorkingDatabase;
import io.ovsguard.cli.exec.WorkingRow;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.StringAtom;
import java.util.List;
import java.util.Optional;

/** init, show and emer-reset. */
final class SwitchCommands {

    /** Bridge columns emer-reset empties. */
    private static final List<String> BRIDGE_CLEARED = List.of("controller", "fail_mode", "mirrors", "netflow",
            "sflow", "ipfix", "flood_vlans");
    private static final StringAtom HWADDR = new StringAtom("hwaddr");

    private SwitchCommands() {
    }

    static void register(CommandHandlers.Builder<CommandContext> handlers) {
        // init has nothing to do beyond what every command line does: create the Open_vSwitch row if missing
        handlers.register("init", new VswitchHandler(p -> { }, ctx -> { }))
                .register("show", new ShowCommand())
                .register("emer-reset", new VswitchHandler(SwitchCommands::emergencyResetReads,
                        ctx -> emergencyReset(ctx.db())));
    }

    /**
     * Tables emer-reset empties, as ovs-vsctl deletes their rows (its IDL replicates each through a column it reads
     * that references it): most would be collected anyway once unlinked, but a later command of the line must not
     * find the rows.
     */
    private static final List<String> EMPTIED = List.of("Mirror", "Controller", "Manager", "NetFlow", "SSL",
            "sFlow", "IPFIX");

    private static void emergencyResetReads(Prerequisites p) {
        EMPTIED.forEach(p::table);
        // the collector sets (a root table) only when another command of the line reads them: nothing emer-reset
        // reads references the table, so otherwise ovs-vsctl 3.1's IDL has none to delete, and they stay with the
        // IPFIX rows and bridges they reference
        p.wholeIfRead(SwitchEdits.COLLECTOR_SETS);
        p.columns(OPEN_VSWITCH, List.of("manager_options", "ssl"));
        p.columns(BRIDGE, List.of("controller", "fail_mode", "mirrors", "netflow", "sflow", "ipfix", "flood_vlans",
                "other_config"));
        p.columns(PORT, List.of("other_config"));
        p.columns(INTERFACE, List.of("ingress_policing_rate", "ingress_policing_burst"));
    }

    /**
     * Resets the switch to a known good state: no managers, SSL, controllers, fail mode, mirrors, flow monitoring
     * or flooding VLANs; other_config emptied except a bridge's hwaddr; no ingress policing; the rows of the
     * emptied tables deleted.
     */
    private static void emergencyReset(WorkingDatabase db) {
        for (WorkingRow ovs : db.rows(OPEN_VSWITCH)) {
            ovs.write("manager_options", OvsdbSet.empty());
            ovs.write("ssl", OvsdbSet.empty());
        }
        for (WorkingRow bridge : db.rows(BRIDGE)) {
            BRIDGE_CLEARED.forEach(column -> bridge.write(column, OvsdbSet.empty()));
            Optional<Atom> hwaddr = ((OvsdbMap) bridge.read("other_config")).get(HWADDR);
            bridge.write("other_config", hwaddr.map(h -> OvsdbMap.of(HWADDR, h)).orElse(OvsdbMap.empty()));
        }
        for (WorkingRow port : db.rows(PORT)) {
            port.write("other_config", OvsdbMap.empty());
        }
        for (WorkingRow iface : db.rows(INTERFACE)) {
            iface.write("ingress_policing_rate", Datums.ofInteger(0));
            iface.write("ingress_policing_burst", Datums.ofInteger(0));
        }
        for (String table : EMPTIED) {
            db.rows(table).forEach(WorkingRow::delete);
        }
        if (db.has(SwitchEdits.COLLECTOR_SETS)) {
            db.rows(SwitchEdits.COLLECTOR_SETS).forEach(WorkingRow::delete);
        }
    }
}
