package io.ovsguard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.sandbox.junit.RequiresOvs;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;

@RequiresOvs
class OvsdbServerSandboxTest {

    @Test
    void startsOvsdbServerThatAnswersListDbsOnItsUnixSocket() {
        try (OvsSandbox sandbox = OvsSandbox.start(SandboxSpec.ovsdbOnly())) {
            assertThat(sandbox.isOvsdbServerRunning()).isTrue();
            assertThat(DbSocketProbe.listDbs(sandbox.dbSocket(), Duration.ofSeconds(5)))
                    .hasValueSatisfying(reply -> assertThat(reply).contains("\"Open_vSwitch\"", "\"id\":0"));
            assertThat(sandbox.unixRemote()).isEqualTo("unix:" + sandbox.dir().resolve("db.sock"));
            assertThat(sandbox.dir().getFileName().toString()).matches("ovsg-[a-z0-9]{6}");
        }
    }

    @Test
    void vsctlRunsTheRealOvsVsctlAgainstTheSandbox() {
        try (OvsSandbox sandbox = OvsSandbox.start(SandboxSpec.ovsdbOnly())) {
            ToolResult added = sandbox.vsctl("--no-wait", "add-br", "br0");
            ToolResult listed = sandbox.vsctl("list-br");

            assertThat(added.exitCode()).isZero();
            assertThat(listed.output()).isEqualTo("br0");
            assertThat(sandbox.vsctl("--no-wait", "del-br", "nope").stderr())
                    .contains("no bridge named nope");
        }
    }

    @Test
    void closeStopsTheServerByPidAndDeletesTheDirectory() {
        OvsSandbox sandbox = OvsSandbox.start(SandboxSpec.ovsdbOnly());
        long pid = sandbox.ovsdbServerPid().orElseThrow();
        Path dir = sandbox.dir();

        sandbox.close();

        assertThat(DaemonProcess.isLive(pid)).isFalse();
        assertThat(dir).doesNotExist();
        assertThat(sandbox.isOvsdbServerRunning()).isFalse();
    }

    @Test
    void discoversTheEphemeralTcpPort() {
        try (OvsSandbox sandbox = OvsSandbox.start(SandboxSpec.builder().tcp().build())) {
            int port = sandbox.tcpPort().orElseThrow();

            ToolResult viaTcp = sandbox.vsctl("--db=tcp:127.0.0.1:" + port, "--no-wait", "--timeout=5", "list-br");

            assertThat(port).isPositive();
            assertThat(sandbox.tcpRemote()).hasValue("tcp:127.0.0.1:" + port);
            assertThat(viaTcp.exitCode()).as(viaTcp.stderr()).isZero();
            assertThat(sandbox.sslPort()).isEmpty();
        }
    }

    @Test
    void sslRemoteAcceptsTheClientCertificateFromTheSandboxPki() {
        try (OvsSandbox sandbox = OvsSandbox.start(SandboxSpec.builder().tcp().ssl().build())) {
            SandboxPki pki = sandbox.pki().orElseThrow();
            String ssl = sandbox.sslRemote().orElseThrow();
            java.util.List<String> args = new java.util.ArrayList<>(pki.clientOptions());
            args.addAll(java.util.List.of("--db=" + ssl, "--no-wait", "--timeout=5", "get", "Open_vSwitch", ".",
                    "_uuid"));

            ToolResult viaSsl = sandbox.vsctl(args.toArray(String[]::new));

            assertThat(pki.files()).allSatisfy(f -> assertThat(f).isRegularFile());
            assertThat(sandbox.sslPort()).isNotEqualTo(sandbox.tcpPort());
            assertThat(viaSsl.exitCode()).as(viaSsl.stderr()).isZero();
            assertThat(viaSsl.output()).matches("[0-9a-f-]{36}");
        }
    }

    @Test
    void jdkTlsClientCompletesHandshakeAndGetsListDbsReply() throws Exception {
        try (OvsSandbox sandbox = OvsSandbox.start(SandboxSpec.builder().ssl().build())) {
            SandboxPki pki = sandbox.pki().orElseThrow();
            try (SSLSocket socket = (SSLSocket) PemKeyStores.clientContext(pki).getSocketFactory()
                    .createSocket("127.0.0.1", sandbox.sslPort().orElseThrow())) {
                socket.setSoTimeout(5000);
                socket.startHandshake();
                OutputStream out = socket.getOutputStream();
                out.write("{\"method\":\"list_dbs\",\"params\":[],\"id\":7}".getBytes(StandardCharsets.UTF_8));
                out.flush();
                String reply = readReply(socket.getInputStream());

                assertThat(socket.getSession().getPeerCertificates()).isNotEmpty();
                assertThat(reply).contains("\"Open_vSwitch\"", "\"id\":7");
            }
        }
    }

    @Test
    void twoSandboxesRunSideBySideWithoutSharingAnything() {
        try (OvsSandbox second = OvsSandbox.start(SandboxSpec.builder().tcp().build())) {
            OvsSandbox first = OvsSandbox.start(SandboxSpec.builder().tcp().build());
            try {
                first.vsctl("--no-wait", "add-br", "first").orThrow();

                assertThat(first.dir()).isNotEqualTo(second.dir());
                assertThat(first.tcpPort()).isNotEqualTo(second.tcpPort());
                assertThat(first.ovsdbServerPid()).isNotEqualTo(second.ovsdbServerPid());
                assertThat(second.vsctl("list-br").output()).isEmpty();
            } finally {
                first.close();
            }
            assertThat(second.isOvsdbServerRunning()).isTrue();
            assertThat(DbSocketProbe.answers(second.dbSocket())).isTrue();
        }
    }

    @Test
    void keepsConfDbAndLogsWhenAskedToCopyThem(@org.junit.jupiter.api.io.TempDir Path target) {
        try (OvsSandbox sandbox = OvsSandbox.start(SandboxSpec.ovsdbOnly())) {
            sandbox.copyArtifactsTo(target);
        }
        assertThat(target.resolve("conf.db")).isRegularFile();
        assertThat(target.resolve("ovsdb-server.log")).isRegularFile();
        assertThat(target.resolve("db.sock")).doesNotExist();
    }

    @Test
    void refusesToStartWhenAProgramIsMissing() {
        OvsBinaries debian = OvsBinaries.debian();
        OvsBinaries broken = new OvsBinaries(Path.of("/nonexistent/ovsdb-server"), debian.ovsdbTool(),
                debian.ovsVsctl(), debian.ovsAppctl(), debian.ovsPki(), debian.vswitchdDpdk(), debian.vswitchSchema());

        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> OvsSandbox.start(SandboxSpec.builder().binaries(broken).build()))
                .isInstanceOf(SandboxException.class)
                .hasMessageContaining("/nonexistent/ovsdb-server")
                .hasMessageContaining("install-deps.sh");
    }

    private static String readReply(InputStream in) throws java.io.IOException {
        StringBuilder reply = new StringBuilder();
        int depth = 0;
        int c;
        while ((c = in.read()) >= 0) {
            reply.append((char) c);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                break;
            }
        }
        return reply.toString();
    }
}
