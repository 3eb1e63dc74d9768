package io.ovsguard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quoting daemon output in start errors: only what this start wrote, and console lines the log lacks. */
class SandboxLogsTest {
    @TempDir
    Path tmp;

    @Test
    void tailSinceAnOffsetQuotesOnlyWhatTheLatestStartWrote() throws Exception {
        Path log = tmp.resolve("ovs-vswitchd.log");
        Files.writeString(log, "first run: Rx checksum offload is not supported on port 0\n");
        long offset = SandboxLogs.size(log);
        Files.writeString(log, "second run: already running as pid 7, aborting\n", StandardOpenOption.APPEND);

        String quoted = SandboxLogs.describeTailSince(log, offset);

        assertThat(quoted).contains("second run: already running").doesNotContain("first run");
        assertThat(SandboxLogs.describeTailSince(log, SandboxLogs.size(log))).contains("nothing written");
        assertThat(SandboxLogs.size(tmp.resolve("absent.log"))).isZero();
    }

    @Test
    void tailSinceAnOffsetBeyondAReplacedFileQuotesTheWholeFile() throws Exception {
        Path log = tmp.resolve("x.log");
        Files.writeString(log, "short\n");

        assertThat(SandboxLogs.readSince(log, 1_000)).isEqualTo("short\n");
    }

    @Test
    void consoleQuoteKeepsOnlyLinesThatAreNotCopiesOfLogLines() {
        String console = "2026-11-25T14:39:03Z|00001|vlog|INFO|opened log file /tmp/x/ovs-vswitchd.log\n"
                + "2026-11-25T14:39:03.207Z|00002|daemon_unix|EMER|pid file: already running\n"
                + "ovs-vswitchd-dpdk: /tmp/x/ovs-vswitchd.pid: already running as pid 19399, aborting\n";

        assertThat(SandboxLogs.describeConsole(console))
                .isEqualTo("\n--- console ---\novs-vswitchd-dpdk: /tmp/x/ovs-vswitchd.pid: already running as pid"
                        + " 19399, aborting");
        assertThat(SandboxLogs.describeConsole("2026-11-25T14:39:03Z|00001|vlog|INFO|opened log file\n")).isEmpty();
    }
}
