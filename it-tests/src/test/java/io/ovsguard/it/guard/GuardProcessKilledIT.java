package io.ovsguard.it.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.it.support.OvsguardCli;
import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.sandbox.OvsSandbox;
import io.ovsguard.sandbox.Signal;
import io.ovsguard.sandbox.junit.OvsSandboxExtension;
import io.ovsguard.sandbox.junit.RequiresDpdk;
import io.ovsguard.sandbox.junit.RequiresHugepages;
import io.ovsguard.sandbox.junit.WithSandbox;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A guard process really killed (SIGKILL) between commit and settlement: ovs-vswitchd is paused so the guard sits
 * waiting for {@code cur_cfg} with its change committed and marked; the guard JVM is then killed, ovs-vswitchd
 * resumes and fails the port, and {@code ovsguard recover} settles the change from the marks alone.
 */
@RequiresDpdk
@RequiresHugepages
@ExtendWith(OvsSandboxExtension.class)
class GuardProcessKilledIT {

    private static final Duration COMMIT_DEADLINE = Duration.ofSeconds(60);

    @Test
    void recoverRollsBackTheChangeOfAKilledGuard(
            @WithSandbox(vswitchd = true, socketMemMb = 64, socketLimitMb = 64) OvsSandbox sandbox)
            throws IOException, InterruptedException {
        try (BlockingOvsdbClient client = GuardedCommitIT.bridge(sandbox)) {
            DatabaseDump before = DatabaseDump.read(client);
            sandbox.killVswitchd(Signal.STOP);
            Process guard;
            try {
                guard = startGuard(sandbox);
                awaitMarkedInterface(sandbox, guard);
                guard.destroyForcibly();
                assertThat(guard.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(markOf(sandbox)).as("the killed guard left its mark").contains("ovsguard-guard");
            } finally {
                sandbox.killVswitchd(Signal.CONT);
            }

            OvsguardCli.Result recover = OvsguardCli.run(sandbox, "--timeout=30", "recover");

            assertThat(recover.status()).as(recover.out() + recover.err()).isZero();
            assertThat(recover.out()).contains("rolled back").contains("1 guarded change(s) settled");
            assertThat(DatabaseDump.read(client)).isEqualTo(before);
            assertThat(OvsguardCli.run(sandbox, "--dry-run", "recover").out())
                    .contains("0 unsettled guarded change(s)");
        }
    }

    /** {@code ovsguard --force add-port ...} in a JVM of its own, as an operator's shell would run it. */
    private static Process startGuard(OvsSandbox sandbox) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                "io.ovsguard.cli.app.Main", "--db=" + sandbox.unixRemote(), "--force", "--timeout=120", "add-port",
                "br0", "dpdk0", "--", "set", "Interface", "dpdk0", "type=dpdk", "options:dpdk-devargs=net_null0",
                "mtu_request=9000"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(sandbox.dir().resolve("guard-child.out").toFile());
        builder.environment().put("OVS_RUNDIR", sandbox.dir().toString());
        return builder.start();
    }

    private static void awaitMarkedInterface(OvsSandbox sandbox, Process guard) {
        long deadline = System.nanoTime() + COMMIT_DEADLINE.toNanos();
        while (!markOf(sandbox).contains("ovsguard-guard")) {
            if (!guard.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("the guard did not commit its marked change (alive " + guard.isAlive()
                        + ")");
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    private static String markOf(OvsSandbox sandbox) {
        return sandbox.vsctl("--no-wait", "--if-exists", "get", "Interface", "dpdk0", "external_ids").stdout();
    }
}
