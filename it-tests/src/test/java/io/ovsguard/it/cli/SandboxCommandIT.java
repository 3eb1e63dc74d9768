package io.ovsguard.it.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.it.support.OvsguardCli;
import io.ovsguard.sandbox.junit.RequiresOvs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code ovsguard sandbox start|status|stop}: a real ovsdb-server that outlives the command that started it. */
@RequiresOvs
class SandboxCommandIT {

    private static final Pattern STARTED = Pattern.compile("sandbox started in (\\S+)");

    @Test
    void startedSandboxServesTheDatabaseUntilStopped() throws IOException {
        Path parent = Files.createTempDirectory(Path.of("/tmp"), "sbx");
        OvsguardCli.Result start = OvsguardCli.run(Map.of(), "sandbox", "start", parent.toString());
        assertThat(start.status()).as(start.err()).isZero();
        Matcher started = STARTED.matcher(start.out());
        assertThat(started.find()).as(start.out()).isTrue();
        Path dir = Path.of(started.group(1));
        try {
            OvsguardCli.Result status = OvsguardCli.run(Map.of(), "sandbox", "status", dir.toString());
            assertThat(status.status()).isZero();
            assertThat(status.out()).contains("ovsdb-server: running (pid ").contains("ovs-vswitchd: not running");

            OvsguardCli.Result check = OvsguardCli.run(Map.of("OVS_RUNDIR", dir.toString()), "check");
            assertThat(check.status()).as(check.out() + check.err()).isZero();
        } finally {
            OvsguardCli.Result stop = OvsguardCli.run(Map.of(), "sandbox", "stop", dir.toString());
            assertThat(stop.status()).as(stop.err()).isZero();
        }
        assertThat(dir).doesNotExist();
        OvsguardCli.Result gone = OvsguardCli.run(Map.of(), "sandbox", "status", dir.toString());
        assertThat(gone.status()).isEqualTo(1);
        assertThat(gone.err()).isEqualTo("ovsguard: no sandbox in " + dir + " (no conf.db)\n");
        Files.delete(parent);
    }
}
