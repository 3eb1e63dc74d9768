package io.ovsguard.cli.demo;

import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.ClientOptions;
import io.ovsguard.ovsdb.OvsdbClients;
import io.ovsguard.ovsdb.op.TransactionBuilder;
import io.ovsguard.ovsdb.result.TransactResult;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.sandbox.OvsSandbox;
import io.ovsguard.sandbox.SandboxSpec;
import io.ovsguard.sandbox.VswitchdSpec;
import io.ovsguard.validator.guard.DpdkChanges;
import io.ovsguard.validator.guard.GuardOptions;
import io.ovsguard.validator.guard.GuardOutcome;
import io.ovsguard.validator.guard.GuardedCommit;
import io.ovsguard.validator.guard.VswitchdSync;
import io.ovsguard.validator.vswitchd.VswitchdProbe;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ovsguard demo}: the guarded commit on an embedded default. Starts a private sandbox switch (a real
 * ovsdb-server and DPDK ovs-vswitchd with 64 MB of socket memory) with a netdev bridge, then adds the DPDK port
 * dpdk0 with a 9000-byte MTU three times: the guard refuses it and explains why; forced, ovs-vswitchd really fails
 * it and the guard rolls it back to an identical database, naming the cause, the figures and a fix; and with the fix
 * applied it succeeds. Exits 0 when all three behave so.
 */
public final class DemoCommand {

    private static final Duration VSWITCHD_TIMEOUT = Duration.ofSeconds(30);
    private static final long JUMBO = 9000;
    private static final Pattern MTU_FIX = Pattern.compile("mtu_request=(\\d+)|MTU (\\d+) fits");

    private final PrintStream out;

    public DemoCommand(PrintStream out) {
        this.out = out;
    }

    /** @return the exit status: 0 when the refusal, the rollback and the corrected change all happened */
    public int run() throws InterruptedException {
        out.println("== Starting a private sandbox switch (ovsdb-server + DPDK ovs-vswitchd, socket-mem 64 MB)");
        SandboxSpec spec = SandboxSpec.builder().vswitchd(VswitchdSpec.socketMemory64()).build();
        try (OvsSandbox sandbox = OvsSandbox.start(spec);
             BlockingOvsdbClient client = OvsdbClients.connectBlocking(sandbox.unixRemote(), ClientOptions.defaults())) {
            out.println("   directory " + sandbox.dir() + ", database " + sandbox.unixRemote());
            if (!addBridge(client)) {
                return 1;
            }
            GuardedCommit guard = new GuardedCommit(client,
                    VswitchdProbe.local(sandbox.vswitchdCtl(), sandbox.vswitchdLogFile()));
            OutcomePrinter printer = new OutcomePrinter(out);
            GuardOptions options = GuardOptions.defaults().withTimeout(VSWITCHD_TIMEOUT);

            out.println();
            out.println("== 1. add-port br0 dpdk0 -- set Interface dpdk0 type=dpdk options:dpdk-devargs=net_null0"
                    + " mtu_request=" + JUMBO);
            GuardOutcome refused = guard.apply(jumboPort(client, options));
            printer.print(refused);

            out.println();
            out.println("== 2. The same change with --force: committed, ovs-vswitchd fails it, the guard rolls back");
            GuardOutcome forced = guard.apply(jumboPort(client, options.withForce(true)));
            printer.print(forced);

            long mtu = correctedMtu(refused, forced);
            out.println();
            out.println("== 3. The corrected change (mtu_request=" + mtu + "; more socket memory would need an"
                    + " ovs-vswitchd restart with more hugepages, a smaller MTU needs none)");
            GuardOutcome corrected = guard.apply(DpdkChanges.addPort(client, "br0", "dpdk0",
                    Map.of("dpdk-devargs", "net_null0"), OptionalLong.of(mtu), options));
            printer.print(corrected);

            boolean asExpected = refused instanceof GuardOutcome.Refused
                    && forced instanceof GuardOutcome.RolledBack back && back.identical()
                    && corrected instanceof GuardOutcome.Committed;
            out.println();
            out.println(asExpected ? "== All three behaved as expected: refused, rolled back, committed"
                    : "== Unexpected outcome: " + refused.summary() + " / " + forced.summary() + " / "
                    + corrected.summary());
            out.println("== Stopping the sandbox");
            return asExpected ? 0 : 1;
        }
    }

    private boolean addBridge(BlockingOvsdbClient client) {
        out.println("== add-br br0 -- set Bridge br0 datapath_type=netdev");
        DatabaseSchema schema = client.getSchema("Open_vSwitch");
        TransactionBuilder tx = new TransactionBuilder(schema);
        SwitchChanges.addNetdevBridge(tx, "br0");
        VswitchdSync.bumpNextCfg(tx);
        int nextCfg = tx.select("Open_vSwitch", List.of(), List.of("next_cfg"));
        TransactResult result = client.transact(tx.build()).orThrow();
        long target = VswitchdSync.integer(result.rows(nextCfg).get(0), "next_cfg").orElseThrow();
        if (!VswitchdSync.awaitCurCfg(client, target, VSWITCHD_TIMEOUT)) {
            out.println("   ovs-vswitchd did not catch up within " + VSWITCHD_TIMEOUT.toSeconds() + " s");
            return false;
        }
        out.println("   ovs-vswitchd applied it (cur_cfg " + target + ")");
        return true;
    }

    private static io.ovsguard.validator.guard.GuardRequest jumboPort(BlockingOvsdbClient client,
                                                                      GuardOptions options) {
        return DpdkChanges.addPort(client, "br0", "dpdk0", Map.of("dpdk-devargs", "net_null0"),
                OptionalLong.of(JUMBO), options);
    }

    /** The smaller MTU the validator found to fit (in its fix or its finding), else the standard 1500. */
    private static long correctedMtu(GuardOutcome refused, GuardOutcome forced) {
        StringBuilder texts = new StringBuilder();
        if (forced instanceof GuardOutcome.RolledBack back) {
            back.fix().ifPresent(f -> texts.append(f).append('\n'));
        }
        if (refused instanceof GuardOutcome.Refused r) {
            r.report().ifPresent(report -> report.findings().forEach(f -> texts.append(f.message()).append('\n')));
        }
        Matcher m = MTU_FIX.matcher(texts);
        if (m.find()) {
            return Long.parseLong(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return 1500;
    }
}
