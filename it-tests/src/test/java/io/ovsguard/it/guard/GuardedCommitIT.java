package io.ovsguard.it.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.it.support.Clients;
import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.sandbox.Daemon;
import io.ovsguard.sandbox.OvsSandbox;
import io.ovsguard.sandbox.Signal;
import io.ovsguard.sandbox.junit.OvsSandboxExtension;
import io.ovsguard.sandbox.junit.RequiresDpdk;
import io.ovsguard.sandbox.junit.RequiresHugepages;
import io.ovsguard.sandbox.junit.WithSandbox;
import io.ovsguard.validator.guard.DpdkChanges;
import io.ovsguard.validator.guard.GuardHooks;
import io.ovsguard.validator.guard.GuardOptions;
import io.ovsguard.validator.guard.GuardOutcome;
import io.ovsguard.validator.guard.GuardRecovery;
import io.ovsguard.validator.guard.GuardedCommit;
import io.ovsguard.validator.vswitchd.FailureKind;
import io.ovsguard.validator.vswitchd.VswitchdProbe;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The guarded commit against a real DPDK ovs-vswitchd with 64 MB of socket memory (calibration A05/A08/F01): a
 * 9000-MTU port cannot get its mempool there, a 1500-MTU one can.
 */
@RequiresDpdk
@RequiresHugepages
@ExtendWith(OvsSandboxExtension.class)
class GuardedCommitIT {

    private static final GuardOptions OPTIONS = GuardOptions.defaults().withTimeout(Duration.ofSeconds(30));

    @Test
    void mempoolFailureIsRefusedUnforcedAndTheDatabaseIsUntouched(
            @WithSandbox(vswitchd = true, socketMemMb = 64, socketLimitMb = 64) OvsSandbox sandbox) {
        try (BlockingOvsdbClient client = bridge(sandbox)) {
            DatabaseDump before = DatabaseDump.read(client);

            GuardOutcome outcome = guard(client, sandbox).apply(jumboPort(client, OPTIONS));

            assertThat(outcome).isInstanceOf(GuardOutcome.Refused.class);
            GuardOutcome.Refused refused = (GuardOutcome.Refused) outcome;
            assertThat(refused.report().orElseThrow().ids()).contains("mempool.insufficient");
            assertThat(refused.report().orElseThrow().findings().get(0).fix()).isPresent();
            assertThat(DatabaseDump.read(client)).isEqualTo(before);
        }
    }

    @Test
    void forcedMempoolFailureIsRolledBackToAnIdenticalDatabase(
            @WithSandbox(vswitchd = true, socketMemMb = 64, socketLimitMb = 64) OvsSandbox sandbox) {
        try (BlockingOvsdbClient client = bridge(sandbox)) {
            DatabaseDump before = DatabaseDump.read(client);

            GuardOutcome outcome = guard(client, sandbox).apply(jumboPort(client, OPTIONS.withForce(true)));

            assertThat(outcome).as(outcome.summary()).isInstanceOf(GuardOutcome.RolledBack.class);
            GuardOutcome.RolledBack rolledBack = (GuardOutcome.RolledBack) outcome;
            assertThat(rolledBack.causes()).extracting(c -> c.kind()).containsExactly(FailureKind.MEMPOOL);
            assertThat(rolledBack.causes().get(0).evidence()).anyMatch(l -> l.contains(
                    "Failed to create memory pool for netdev p1, with MTU 9000 on socket 0"));
            assertThat(rolledBack.memory().orElseThrow().neededMib()).isGreaterThan(150);
            assertThat(rolledBack.memory().orElseThrow().availableMib()).isLessThan(64);
            assertThat(rolledBack.fix()).isPresent();
            assertThat(rolledBack.identical()).as(rolledBack.differences().toString()).isTrue();
            assertThat(DatabaseDump.read(client)).isEqualTo(before);
        }
    }

    @Test
    void portThatFitsIsCommittedWorkingAndUnmarked(
            @WithSandbox(vswitchd = true, socketMemMb = 64, socketLimitMb = 64) OvsSandbox sandbox) {
        try (BlockingOvsdbClient client = bridge(sandbox)) {
            GuardOutcome outcome = guard(client, sandbox).apply(DpdkChanges.addPort(client, "br0", "p0",
                    Map.of("dpdk-devargs", "net_null0"), OptionalLong.empty(), OPTIONS));

            assertThat(outcome).as(outcome.summary()).isInstanceOf(GuardOutcome.Committed.class);
            assertThat(((GuardOutcome.Committed) outcome).interfaces()).singleElement()
                    .satisfies(p -> assertThat(p.healthy()).as(p.describe()).isTrue());
            assertThat(sandbox.vsctl("get", "Interface", "p0", "ofport").stdout().strip()).isEqualTo("1");
            assertThat(DatabaseDump.read(client).marked()).isEmpty();
        }
    }

    @Test
    void failedMtuChangeIsRestoredAndThePortWorksAgain(
            @WithSandbox(vswitchd = true, socketMemMb = 64, socketLimitMb = 64) OvsSandbox sandbox) {
        try (BlockingOvsdbClient client = bridge(sandbox)) {
            sandbox.vsctl("--timeout=30", "add-port", "br0", "p0", "--", "set", "Interface", "p0", "type=dpdk",
                    "options:dpdk-devargs=net_null0").orThrow();
            DatabaseDump before = DatabaseDump.read(client);

            GuardOutcome outcome = guard(client, sandbox).apply(
                    DpdkChanges.setMtuRequest(client, "p0", 9000, OPTIONS.withForce(true)));

            assertThat(outcome).as(outcome.summary()).isInstanceOf(GuardOutcome.RolledBack.class);
            GuardOutcome.RolledBack rolledBack = (GuardOutcome.RolledBack) outcome;
            assertThat(rolledBack.causes()).extracting(c -> c.kind()).containsExactly(FailureKind.MEMPOOL);
            assertThat(rolledBack.identical()).isTrue();
            assertThat(rolledBack.restoredInterfaces()).singleElement()
                    .satisfies(p -> assertThat(p.healthy()).as(p.describe()).isTrue());
            assertThat(sandbox.appctl(Daemon.VSWITCHD, "dpctl/show").stdout()).contains(": p0");
            assertThat(DatabaseDump.read(client).configuration()).isEqualTo(before.configuration());
        }
    }

    @Test
    void concurrentWriterDuringTheGuardWindowIsReportedAndTheirChangeKept(
            @WithSandbox(vswitchd = true, socketMemMb = 64, socketLimitMb = 64) OvsSandbox sandbox) {
        try (BlockingOvsdbClient client = bridge(sandbox)) {
            GuardHooks otherWriter = new GuardHooks() {
                @Override
                public void afterCommit(String guardId) {
                    sandbox.vsctl("--no-wait", "set", "Interface", "p1", "external_ids:owner=controller").orThrow();
                }
            };

            GuardOutcome outcome = guard(client, sandbox).apply(
                    jumboPort(client, OPTIONS.withForce(true).withHooks(otherWriter)));

            assertThat(outcome).as(outcome.summary()).isInstanceOf(GuardOutcome.Indeterminate.class);
            GuardOutcome.Indeterminate result = (GuardOutcome.Indeterminate) outcome;
            assertThat(result.conflicts()).anyMatch(c -> c.contains("Interface p1 column external_ids"));
            assertThat(result.causes()).extracting(c -> c.kind()).containsExactly(FailureKind.MEMPOOL);
            assertThat(result.marksRemain()).isTrue();
            assertThat(sandbox.vsctl("get", "Interface", "p1", "external_ids:owner").stdout().strip())
                    .isEqualTo("controller");
        }
    }

    @Test
    void vswitchdKilledDuringTheWaitTimesOutWithTheRowsSettled(
            @WithSandbox(vswitchd = true, socketMemMb = 64, socketLimitMb = 64) OvsSandbox sandbox) {
        try (BlockingOvsdbClient client = bridge(sandbox)) {
            DatabaseDump before = DatabaseDump.read(client);
            sandbox.killVswitchd(Signal.STOP);   // it must not apply the change before it dies
            GuardHooks killer = new GuardHooks() {
                @Override
                public void afterCommit(String guardId) {
                    sandbox.killVswitchd(Signal.KILL);
                    assertThat(sandbox.awaitVswitchdExit(Duration.ofSeconds(10))).isTrue();
                }
            };

            GuardOutcome outcome = guard(client, sandbox).apply(DpdkChanges.addPort(client, "br0", "p0",
                    Map.of("dpdk-devargs", "net_null0"), OptionalLong.empty(),
                    OPTIONS.withTimeout(Duration.ofSeconds(3)).withHooks(killer)));

            assertThat(outcome).as(outcome.summary()).isInstanceOf(GuardOutcome.Indeterminate.class);
            GuardOutcome.Indeterminate result = (GuardOutcome.Indeterminate) outcome;
            assertThat(result.reason()).contains("did not apply the change within 3 s", "not running",
                    "rolled back");
            assertThat(result.marksRemain()).isFalse();
            assertThat(DatabaseDump.read(client)).isEqualTo(before);
        }
    }

    @Test
    void changeWhoseGuardDiedAfterCommitIsFoundAndRolledBackByRecovery(
            @WithSandbox(vswitchd = true, socketMemMb = 64, socketLimitMb = 64) OvsSandbox sandbox) {
        try (BlockingOvsdbClient client = bridge(sandbox)) {
            DatabaseDump before = DatabaseDump.read(client);
            GuardHooks dies = new GuardHooks() {
                @Override
                public void afterCommit(String guardId) {
                    throw new GuardProcessDied(guardId);
                }
            };
            assertThatThrownBy(() -> guard(client, sandbox).apply(
                    jumboPort(client, OPTIONS.withForce(true).withHooks(dies)))).isInstanceOf(GuardProcessDied.class);
            GuardRecovery recovery = new GuardRecovery(client, probe(sandbox));
            assertThat(recovery.pending()).hasSize(1);
            assertThat(DatabaseDump.read(client).marked()).hasSize(3);   // Interface, Port and the Bridge
            GuardOutcome blocked = guard(client, sandbox).apply(DpdkChanges.addPort(client, "br0", "p0",
                    Map.of("dpdk-devargs", "net_null0"), OptionalLong.empty(), OPTIONS));
            assertThat(blocked).isInstanceOfSatisfying(GuardOutcome.Refused.class,
                    r -> assertThat(r.reason()).contains("unsettled guarded change", "run recover first"));

            List<GuardOutcome> outcomes = recovery.recoverAll(OPTIONS);

            assertThat(outcomes).singleElement().satisfies(o -> {
                assertThat(o).as(o.summary()).isInstanceOf(GuardOutcome.RolledBack.class);
                assertThat(((GuardOutcome.RolledBack) o).causes()).extracting(c -> c.kind())
                        .containsExactly(FailureKind.MEMPOOL);
                assertThat(((GuardOutcome.RolledBack) o).identical()).isTrue();
            });
            assertThat(recovery.pending()).isEmpty();
            assertThat(DatabaseDump.read(client)).isEqualTo(before);
        }
    }

    @Test
    void workingChangeWhoseGuardDiedIsKeptByRecoveryAndUnmarked(
            @WithSandbox(vswitchd = true, socketMemMb = 64, socketLimitMb = 64) OvsSandbox sandbox) {
        try (BlockingOvsdbClient client = bridge(sandbox)) {
            GuardHooks dies = new GuardHooks() {
                @Override
                public void afterCommit(String guardId) {
                    throw new GuardProcessDied(guardId);
                }
            };
            assertThatThrownBy(() -> guard(client, sandbox).apply(DpdkChanges.addPort(client, "br0", "p0",
                    Map.of("dpdk-devargs", "net_null0"), OptionalLong.empty(), OPTIONS.withHooks(dies))))
                    .isInstanceOf(GuardProcessDied.class);

            List<GuardOutcome> outcomes = new GuardRecovery(client, probe(sandbox)).recoverAll(OPTIONS);

            assertThat(outcomes).singleElement().isInstanceOf(GuardOutcome.Committed.class);
            assertThat(sandbox.vsctl("get", "Interface", "p0", "ofport").stdout().strip()).isEqualTo("1");
            assertThat(DatabaseDump.read(client).marked()).isEmpty();
        }
    }

    /** Stands for the guard's process dying right after its commit. */
    static final class GuardProcessDied extends RuntimeException {
        GuardProcessDied(String guardId) {
            super("guard " + guardId + " died after its commit");
        }
    }

    /**
     * A netdev bridge br0, once ovs-vswitchd has also written its {@code datapath_version} (a moment after
     * {@code cur_cfg}), so that a dump taken now does not change by itself later.
     */
    static BlockingOvsdbClient bridge(OvsSandbox sandbox) {
        sandbox.vsctl("--timeout=30", "add-br", "br0", "--", "set", "bridge", "br0", "datapath_type=netdev")
                .orThrow();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (sandbox.vsctl("get", "Bridge", "br0", "datapath_version").stdout().strip().equals("\"\"")) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("ovs-vswitchd did not write br0's datapath_version within 10 s");
            }
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        return Clients.unix(sandbox);
    }

    static VswitchdProbe probe(OvsSandbox sandbox) {
        return VswitchdProbe.local(sandbox.vswitchdCtl(), sandbox.vswitchdLogFile());
    }

    static GuardedCommit guard(BlockingOvsdbClient client, OvsSandbox sandbox) {
        return new GuardedCommit(client, probe(sandbox));
    }

    static io.ovsguard.validator.guard.GuardRequest jumboPort(BlockingOvsdbClient client, GuardOptions options) {
        return DpdkChanges.addPort(client, "br0", "p1", Map.of("dpdk-devargs", "net_null1"), OptionalLong.of(9000),
                options);
    }
}
