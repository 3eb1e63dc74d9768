package io.ovsguard.cli.demo;

import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.ClientOptions;
import io.ovsguard.ovsdb.OvsdbClients;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.BooleanAtom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.IntegerAtom;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.StringAtom;
import io.ovsguard.ovsdb.op.TransactionBuilder;
import io.ovsguard.ovsdb.result.TransactResult;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.sandbox.OvsSandbox;
import io.ovsguard.sandbox.SandboxSpec;
import io.ovsguard.sandbox.VswitchdSpec;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * {@code ovsguard demo}: the main job on an embedded default. Starts a private sandbox switch (a real
 * ovsdb-server and DPDK ovs-vswitchd with 64 MB of socket memory), adds a netdev bridge and a DPDK
 * port through ovsguard's own OVSDB client in one transaction, waits for ovs-vswitchd to apply it,
 * prints the rows it wrote and what ovs-vswitchd made of them, then stops the sandbox.
 */
public final class DemoCommand {

    private static final Duration VSWITCHD_TIMEOUT = Duration.ofSeconds(30);
    private static final String[] INTERFACE_COLUMNS = {"name", "type", "options", "mtu_request", "mtu", "ofport",
        "link_state", "error"};

    private final PrintStream out;

    public DemoCommand(PrintStream out) {
        this.out = out;
    }

    /** @return the exit status: 0 when the port came up as expected */
    public int run() throws InterruptedException {
        out.println("== Starting a private sandbox switch (ovsdb-server + DPDK ovs-vswitchd, socket-mem 64 MB)");
        SandboxSpec spec = SandboxSpec.builder().vswitchd(VswitchdSpec.socketMemory64()).build();
        try (OvsSandbox sandbox = OvsSandbox.start(spec);
             BlockingOvsdbClient client = OvsdbClients.connectBlocking(sandbox.unixRemote(), ClientOptions.defaults())) {
            out.println("   directory " + sandbox.dir() + ", database " + sandbox.unixRemote());
            DatabaseSchema schema = client.getSchema("Open_vSwitch");

            out.println("== One transaction: add netdev bridge br0 and DPDK port dpdk0 (devargs net_null0)");
            TransactionBuilder tx = new TransactionBuilder(schema);
            SwitchChanges.addNetdevBridge(tx, "br0");
            SwitchChanges.addDpdkPort(tx, "br0", "dpdk0", "net_null0", null);
            SwitchChanges.bumpNextCfg(tx);
            int nextCfg = tx.select("Open_vSwitch", List.of(), List.of("next_cfg"));
            TransactResult result = client.transact(tx.build()).orThrow();
            long target = VswitchdSync.integer(result.rows(nextCfg).get(0), "next_cfg");
            out.println("   committed; next_cfg is now " + target);

            out.println("== Waiting for ovs-vswitchd to apply it (cur_cfg >= " + target + ")");
            if (!VswitchdSync.awaitCurCfg(client, target, VSWITCHD_TIMEOUT)) {
                out.println("   ovs-vswitchd did not catch up within " + VSWITCHD_TIMEOUT.toSeconds() + " s");
                return 1;
            }

            out.println("== Rows written, as ovs-vswitchd left them");
            TransactionBuilder read = new TransactionBuilder(schema);
            int bridges = read.select("Bridge", List.of(), List.of("name", "datapath_type", "ports"));
            int ifaces = read.select("Interface", List.of(), List.of(INTERFACE_COLUMNS));
            TransactResult rows = client.transact(read.build()).orThrow();
            for (Row bridge : rows.rows(bridges)) {
                out.println("   Bridge " + text(bridge, "name") + ": datapath_type=" + text(bridge, "datapath_type")
                        + ", " + ((OvsdbSet) bridge.get("ports").orElseThrow()).size()
                        + " ports");
            }
            boolean dpdkUp = false;
            for (Row iface : rows.rows(ifaces)) {
                StringBuilder line = new StringBuilder("   Interface");
                for (String column : INTERFACE_COLUMNS) {
                    line.append(' ').append(column).append('=').append(text(iface, column));
                }
                out.println(line);
                if (text(iface, "name").equals("dpdk0") && !text(iface, "ofport").equals("-1")
                        && text(iface, "error").equals("[]")) {
                    dpdkUp = true;
                }
            }
            out.println(dpdkUp ? "== dpdk0 is up in the datapath" : "== dpdk0 did NOT come up; see the rows above");
            out.println("== Stopping the sandbox");
            return dpdkUp ? 0 : 1;
        }
    }

    private static String text(Row row, String column) {
        return row.get(column).map(DemoCommand::format).orElse("[]");
    }

    private static String format(Datum datum) {
        if (datum instanceof OvsdbSet set) {
            if (set.size() == 1) {
                return atom(set.single().orElseThrow());
            }
            StringBuilder text = new StringBuilder("[");
            set.atoms().forEach(a -> text.append(text.length() > 1 ? ", " : "").append(atom(a)));
            return text.append(']').toString();
        }
        OvsdbMap map = (OvsdbMap) datum;
        StringBuilder text = new StringBuilder("{");
        map.entries().forEach(e -> text.append(text.length() > 1 ? ", " : "").append(atom(e.key())).append('=')
                .append(atom(e.value())));
        return text.append('}').toString();
    }

    private static String atom(Atom atom) {
        if (atom instanceof StringAtom s) {
            return s.value();
        }
        if (atom instanceof IntegerAtom i) {
            return Long.toString(i.value());
        }
        if (atom instanceof BooleanAtom b) {
            return Boolean.toString(b.value());
        }
        return atom.toString();
    }
}
