package io.ovsguard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pure parts of the sandbox: directory layout, spec validation, log parsing, artifacts, the socket probe. */
class SandboxBasicsTest {
    @TempDir
    Path tmp;

    @Test
    void createsShortUniqueDirectoriesNamedLikeTheFilePrefix() {
        SandboxDirs a = SandboxDirs.create(tmp);
        SandboxDirs b = SandboxDirs.create(tmp);

        assertThat(a.dir()).isDirectory().isNotEqualTo(b.dir());
        assertThat(a.name()).matches("ovsg-[a-z0-9]{6}");
        assertThat(a.dbSocket()).isEqualTo(a.dir().resolve("db.sock"));
    }

    @Test
    void refusesATempRootThatMakesSocketPathsTooLong() {
        Path deep = tmp.resolve("x".repeat(100));

        assertThatThrownBy(() -> SandboxDirs.create(deep))
                .isInstanceOf(SandboxException.class)
                .hasMessageContaining("over the limit of 107");
    }

    @Test
    void specDefaultsToAnOvsdbServerOnAUnixSocketUnderTmp() {
        SandboxSpec spec = SandboxSpec.ovsdbOnly();

        assertThat(spec.tcp()).isFalse();
        assertThat(spec.ssl()).isFalse();
        assertThat(spec.vswitchd()).isEmpty();
        assertThat(spec.tempRoot()).isEqualTo(Path.of("/tmp"));
    }

    @Test
    void specRejectsNonPositiveTimeouts() {
        assertThatThrownBy(() -> SandboxSpec.builder().startTimeout(Duration.ZERO).build())
                .hasMessageContaining("startTimeout must be positive");
    }

    @Test
    void readsListeningPortsInLogOrderAndIgnoresOtherLines() {
        String log = String.join("\n",
                "2026-11-25T14:13:35.257Z|00001|vlog|INFO|opened log file /tmp/x/ovsdb-server.log",
                "2026-11-25T14:13:35.260Z|00002|socket_util|INFO|0:127.0.0.1: listening on port 33581",
                "2026-11-25T14:13:35.262Z|00004|ovsdb_server|INFO|ovsdb-server (Open vSwitch) 3.1.0",
                "2026-11-25T14:13:55.060Z|00014|socket_util|INFO|0:[::1]: listening on port 35693");

        assertThat(ListeningPorts.in(log)).containsExactly(33581, 35693);
        assertThat(ListeningPorts.in("")).isEmpty();
    }

    @Test
    void artifactsAreConfDbLogsAndConsolesOnly() throws Exception {
        for (String name : List.of("conf.db", "ovsdb-server.log", "ovs-vswitchd.out", "db.sock", "server-privkey.pem",
                "ovsdb-server.pid")) {
            Files.writeString(tmp.resolve(name), name);
        }

        assertThat(SandboxArtifacts.in(tmp)).extracting(p -> p.getFileName().toString())
                .containsExactly("conf.db", "ovs-vswitchd.out", "ovsdb-server.log");
    }

    @Test
    void logTailQuotesTheLastLines() throws Exception {
        Path log = tmp.resolve("x.log");
        Files.writeString(log, "one\ntwo\nthree\n");

        assertThat(SandboxLogs.tail(log, 2)).isEqualTo("two\nthree");
        assertThat(SandboxLogs.describeTail(tmp.resolve("absent.log"))).contains("is empty");
    }

    @Test
    void probeReportsNothingWhenNoServerListens() {
        assertThat(DbSocketProbe.listDbs(tmp.resolve("none.sock"), Duration.ofMillis(200))).isEmpty();
        assertThat(DbSocketProbe.answers(tmp.resolve("none.sock"))).isFalse();
    }
}
