package io.ovsguard.it.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.it.support.Clients;
import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.sandbox.OvsSandbox;
import io.ovsguard.sandbox.junit.OvsSandboxExtension;
import io.ovsguard.sandbox.junit.WithSandbox;
import io.ovsguard.validator.guard.GuardHooks;
import io.ovsguard.validator.guard.GuardOptions;
import io.ovsguard.validator.guard.GuardOutcome;
import io.ovsguard.validator.guard.GuardedCommit;
import io.ovsguard.validator.vswitchd.FailureKind;
import io.ovsguard.validator.vswitchd.VswitchdProbe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * ovs-vswitchd writes its log from a separate thread, so the row of a port whose mempool failed can say "failed"
 * before the log line that names the mempool reaches the file (CI caught this once). Against a real ovsdb-server,
 * the test does ovs-vswitchd's two writes in that order, the log line 600 ms after the row, so the order is certain.
 */
@ExtendWith(OvsSandboxExtension.class)
class LaggingVswitchdLogIT {

    private static final String MEMPOOL_LINE = "2026-11-25T00:00:00.000Z|00042|netdev_dpdk|ERR|Failed to create"
            + " memory pool for netdev p1, with MTU 9000 on socket 0";

    @Test
    void aFailedPortWaitsForTheLogLineThatNamesItsCause(@WithSandbox OvsSandbox sandbox, @TempDir Path dir)
            throws Exception {
        Path log = dir.resolve("ovs-vswitchd.log");
        Files.writeString(log, "2026-11-25T00:00:00.000Z|00041|bridge|INFO|ovs-vswitchd (Open vSwitch) 3.1.0\n");
        sandbox.vsctl("--no-wait", "add-br", "br0", "--", "set", "Bridge", "br0", "datapath_type=netdev").orThrow();
        CompletableFuture<Void> lateLine = new CompletableFuture<>();
        GuardHooks vswitchdWrites = new GuardHooks() {
            @Override
            public void afterCommit(String guardId) {
                String nextCfg = sandbox.vsctl("get", "Open_vSwitch", ".", "next_cfg").orThrow().stdout().strip();
                sandbox.vsctl("--no-wait", "set", "Interface", "p1", "ofport=-1",
                        "error=\"could not add network device p1 to ofproto (Invalid argument)\"", "--",
                        "set", "Open_vSwitch", ".", "cur_cfg=" + nextCfg).orThrow();
                CompletableFuture.runAsync(() -> append(log, MEMPOOL_LINE + "\n"),
                        CompletableFuture.delayedExecutor(600, TimeUnit.MILLISECONDS)).whenComplete((v, e) -> {
                            if (e != null) {
                                lateLine.completeExceptionally(e);
                            } else {
                                lateLine.complete(null);
                            }
                        });
            }
        };
        GuardOptions options = GuardOptions.defaults().withNoValidate(true).withNoRollback(true)
                .withTimeout(Duration.ofSeconds(10)).withHooks(vswitchdWrites);

        try (BlockingOvsdbClient client = Clients.unix(sandbox)) {
            GuardOutcome outcome = new GuardedCommit(client, new VswitchdProbe(Optional.empty(), Optional.of(log)))
                    .apply(GuardedCommitIT.jumboPort(client, options));

            assertThat(lateLine).succeedsWithin(Duration.ofSeconds(5));
            assertThat(outcome).as(outcome.summary()).isInstanceOf(GuardOutcome.Failed.class);
            GuardOutcome.Failed failed = (GuardOutcome.Failed) outcome;
            assertThat(failed.causes()).extracting(c -> c.kind()).containsExactly(FailureKind.MEMPOOL);
            assertThat(failed.causes().get(0).evidence()).contains(MEMPOOL_LINE);
        }
    }

    private static void append(Path log, String text) {
        try {
            Files.writeString(log, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
