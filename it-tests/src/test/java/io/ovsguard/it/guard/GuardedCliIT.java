package io.ovsguard.it.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.it.support.OvsguardCli;
import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.sandbox.OvsSandbox;
import io.ovsguard.sandbox.junit.OvsSandboxExtension;
import io.ovsguard.sandbox.junit.RequiresDpdk;
import io.ovsguard.sandbox.junit.RequiresHugepages;
import io.ovsguard.sandbox.junit.WithSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The guarded commit through the CLI, as an operator types it, against a real DPDK ovs-vswitchd with 64 MB of socket
 * memory: the jumbo port is refused (exit 3), forced and rolled back after the real failure (exit 4, database as
 * before), and the corrected port is committed and works (exit 0). Unlike ovs-vsctl, a failed port is never exit 0.
 */
@RequiresDpdk
@RequiresHugepages
@ExtendWith(OvsSandboxExtension.class)
class GuardedCliIT {

    private static String[] addPort(int mtu, String... globalOptions) {
        String[] port = {"--timeout=30", "add-port", "br0", "dpdk0", "--", "set", "Interface", "dpdk0", "type=dpdk",
            "options:dpdk-devargs=net_null0", "mtu_request=" + mtu};
        String[] all = new String[globalOptions.length + port.length];
        System.arraycopy(globalOptions, 0, all, 0, globalOptions.length);
        System.arraycopy(port, 0, all, globalOptions.length, port.length);
        return all;
    }

    @Test
    void refusedThenForcedAndRolledBackThenCorrected(
            @WithSandbox(vswitchd = true, socketMemMb = 64, socketLimitMb = 64) OvsSandbox sandbox) {
        try (BlockingOvsdbClient client = GuardedCommitIT.bridge(sandbox)) {
            DatabaseDump before = DatabaseDump.read(client);

            OvsguardCli.Result refused = OvsguardCli.run(sandbox, addPort(9000));
            assertThat(refused.status()).as(refused.err()).isEqualTo(3);
            assertThat(refused.out()).isEmpty();
            assertThat(refused.err()).contains("mempool.insufficient").contains("refused");
            assertThat(DatabaseDump.read(client)).isEqualTo(before);

            OvsguardCli.Result forced = OvsguardCli.run(sandbox, addPort(9000, "--force"));
            assertThat(forced.status()).as(forced.err()).isEqualTo(4);
            assertThat(forced.err()).contains("rolled back (database identical to before)")
                    .contains("Failed to create memory pool for netdev dpdk0").contains("fix:");
            assertThat(DatabaseDump.read(client)).isEqualTo(before);

            OvsguardCli.Result corrected = OvsguardCli.run(sandbox, addPort(1500));
            assertThat(corrected.status()).as(corrected.err()).isZero();
            assertThat(corrected.out()).isEmpty();
            assertThat(sandbox.vsctl("get", "Interface", "dpdk0", "ofport").orThrow().stdout().strip())
                    .isEqualTo("1");
            assertThat(sandbox.vsctl("get", "Interface", "dpdk0", "external_ids").orThrow().stdout())
                    .doesNotContain("ovsguard-guard");

            OvsguardCli.Result recover = OvsguardCli.run(sandbox, "recover");
            assertThat(recover.status()).as(recover.err()).isZero();
            assertThat(recover.out()).contains("0 guarded change(s) settled");
        }
    }

    /**
     * An MTU above the largest a DPDK port takes is refused for what it is, not as a memory shortage, and the
     * prediction holds: forced through without rollback, the real ovs-vswitchd logs "unsupported MTU", keeps the port
     * at MTU 1500 (its pool is the 1500 one, which 64 MB holds) and never applies the request.
     */
    @Test
    void anMtuTheDpdkPortDoesNotTakeIsRefusedAsSuchAndOvsVswitchdKeeps1500(
            @WithSandbox(vswitchd = true, socketMemMb = 64, socketLimitMb = 64) OvsSandbox sandbox) {
        try (BlockingOvsdbClient client = GuardedCommitIT.bridge(sandbox)) {
            DatabaseDump before = DatabaseDump.read(client);

            OvsguardCli.Result refused = OvsguardCli.run(sandbox, addPort(9800));
            assertThat(refused.status()).as(refused.err()).isEqualTo(3);
            assertThat(refused.err()).contains("mtu.out-of-range").contains("68 to 9702")
                    .contains("fix: set Interface dpdk0 mtu_request=9702").doesNotContain("mempool.insufficient");
            assertThat(DatabaseDump.read(client)).isEqualTo(before);

            OvsguardCli.Result kept = OvsguardCli.run(sandbox, addPort(9800, "--force", "--no-rollback"));
            assertThat(sandbox.awaitVswitchdLog("dpdk0: unsupported MTU 9800", java.time.Duration.ofSeconds(20)))
                    .contains("unsupported MTU 9800");
            assertThat(sandbox.vsctl("get", "Interface", "dpdk0", "mtu").orThrow().stdout().strip())
                    .as(kept.err()).isEqualTo("1500");
            assertThat(sandbox.vsctl("get", "Interface", "dpdk0", "ofport").orThrow().stdout().strip())
                    .isEqualTo("1");
            assertThat(sandbox.vswitchdLog()).doesNotContain("Failed to create memory pool for netdev dpdk0");
        }
    }

    /**
     * A queue count netdev-dpdk reads as 1 is a warning, not a refusal, and the real ovs-vswitchd brings the port up.
     */
    @Test
    void aQueueCountOvsReadsAsOneIsAWarningAndThePortComesUp(
            @WithSandbox(vswitchd = true, socketMemMb = 64, socketLimitMb = 64) OvsSandbox sandbox) {
        try (BlockingOvsdbClient client = GuardedCommitIT.bridge(sandbox)) {
            String[] line = {"--timeout=30", "add-port", "br0", "dpdk0", "--", "set", "Interface", "dpdk0",
                "type=dpdk", "options:dpdk-devargs=net_null0", "options:n_rxq=0"};

            OvsguardCli.Result committed = OvsguardCli.run(sandbox, line);

            assertThat(committed.status()).as(committed.err()).isZero();
            assertThat(committed.err()).contains("config.ignored").contains("OVS uses 1")
                    .doesNotContain("config.malformed");
            assertThat(sandbox.vsctl("get", "Interface", "dpdk0", "ofport").orThrow().stdout().strip())
                    .isEqualTo("1");
        }
    }

    @Test
    void noRollbackKeepsTheFailedPortAndStillExitsNonZero(
            @WithSandbox(vswitchd = true, socketMemMb = 64, socketLimitMb = 64) OvsSandbox sandbox) {
        try (BlockingOvsdbClient client = GuardedCommitIT.bridge(sandbox)) {
            OvsguardCli.Result kept = OvsguardCli.run(sandbox, addPort(9000, "--force", "--no-rollback"));

            assertThat(kept.status()).as(kept.err()).isEqualTo(4);
            assertThat(kept.err()).contains("failed and kept");
            assertThat(sandbox.vsctl("get", "Interface", "dpdk0", "ofport").orThrow().stdout().strip())
                    .isEqualTo("-1");
        }
    }

    @Test
    void aLineMixingTheDpdkChangeWithOtherColumnsIsGuardedToo(
            @WithSandbox(vswitchd = true, socketMemMb = 64, socketLimitMb = 64) OvsSandbox sandbox) {
        try (BlockingOvsdbClient client = GuardedCommitIT.bridge(sandbox)) {
            DatabaseDump before = DatabaseDump.read(client);

            OvsguardCli.Result bond = OvsguardCli.run(sandbox, "--force", "--timeout=30", "add-bond", "br0", "bond0",
                    "d0", "d1", "--", "set", "Interface", "d0", "type=dpdk", "options:dpdk-devargs=net_null0",
                    "mtu_request=9000", "external_ids:owner=test", "--", "set", "Interface", "d1", "type=dpdk",
                    "options:dpdk-devargs=net_null1", "mtu_request=9000", "--", "set", "Port", "bond0",
                    "other_config:note=jumbo");

            assertThat(bond.status()).as(bond.err()).isEqualTo(4);
            assertThat(bond.err()).contains("rolled back (database identical to before)");
            assertThat(DatabaseDump.read(client)).isEqualTo(before);

            OvsguardCli.Result fits = OvsguardCli.run(sandbox, "--timeout=30", "add-bond", "br0", "bond0", "d0",
                    "d1", "--", "set", "Interface", "d0", "type=dpdk", "options:dpdk-devargs=net_null0", "--", "set",
                    "Interface", "d1", "type=dpdk", "options:dpdk-devargs=net_null1");
            assertThat(fits.status()).as(fits.err()).isZero();
            assertThat(sandbox.vsctl("get", "Interface", "d1", "ofport").orThrow().stdout().strip())
                    .isNotEqualTo("-1");
        }
    }

    @Test
    void aSettingThatNeedsARestartIsCommittedAndFlaggedAsSuch(
            @WithSandbox(vswitchd = true, socketMemMb = 64, socketLimitMb = 64) OvsSandbox sandbox) {
        try (BlockingOvsdbClient client = GuardedCommitIT.bridge(sandbox)) {
            OvsguardCli.Result result = OvsguardCli.run(sandbox, "--timeout=30", "set", "Open_vSwitch", ".",
                    "other_config:dpdk-socket-mem=96", "other_config:dpdk-socket-limit=96");

            assertThat(result.status()).as(result.err()).isZero();
            assertThat(result.out()).isEmpty();
            assertThat(result.err()).contains("dpdk-socket-mem").contains("when ovs-vswitchd restarts");
            assertThat(sandbox.vsctl("get", "Open_vSwitch", ".", "other_config:dpdk-socket-mem").orThrow().stdout())
                    .contains("96");
        }
    }
}
