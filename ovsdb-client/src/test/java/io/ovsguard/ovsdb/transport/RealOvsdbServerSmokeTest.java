package io.ovsguard.ovsdb.transport;

import io.ovsguard.sandbox.junit.HostPrerequisite;
import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.ovsdb.ClientOptions;
import io.ovsguard.ovsdb.ClientResources;
import io.ovsguard.ovsdb.ConnectionSpec;
import io.ovsguard.ovsdb.TlsSettings;
import io.ovsguard.ovsdb.codec.GsonMessageCodec;
import io.ovsguard.ovsdb.error.ConnectionException;
import io.ovsguard.ovsdb.error.RpcErrorException;
import io.ovsguard.ovsdb.jsonrpc.InboundHandlers;
import io.ovsguard.ovsdb.jsonrpc.MessageCodec;
import io.ovsguard.ovsdb.jsonrpc.Payload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connector against a real ovsdb-server started in a temp dir, over unix, tcp and ssl.
 * Skipped where OVS is not installed. The tiny harness here is private to this test; the
 * ovs-sandbox module provides the real one.
 */
class RealOvsdbServerSmokeTest {

    private static final Path OVSDB_SERVER = Path.of("/usr/sbin/ovsdb-server");
    private static final Path SCHEMA = Path.of("/usr/share/openvswitch/vswitch.ovsschema");

    @TempDir
    Path dir;

    private final MessageCodec codec = new GsonMessageCodec();
    private final ClientResources resources = ClientResources.create();
    private final List<LocalOvsdbServer> servers = new ArrayList<>();

    @BeforeEach
    void requireOvs() {
        HostPrerequisite.require(Files.isExecutable(OVSDB_SERVER) && Files.exists(SCHEMA), "Open vSwitch is not installed");
    }

    @AfterEach
    void stopEverything() throws Exception {
        resources.close();
        for (LocalOvsdbServer server : servers) {
            server.close();
        }
    }

    @Test
    void listsDatabasesAndEchoesOverUnixAndTcp() throws Exception {
        LocalOvsdbServer server = start(dir.resolve("plain"), List.of("--remote=ptcp:0:127.0.0.1"));
        OvsdbConnector connector = new OvsdbConnector(resources, ClientOptions.defaults(), codec);

        for (ConnectionSpec.Active remote : List.of(server.unixSpec(), new ConnectionSpec.Tcp("127.0.0.1", server.tcpPort()))) {
            RpcConnection connection = Await.result(connector.connect(remote, InboundHandlers.none()));

            assertThat(Await.result(connection.call("list_dbs", codec.parsePayload("[]"))).toJson())
                    .as("list_dbs over %s", remote).contains("\"Open_vSwitch\"");
            assertThat(Await.result(connection.call("echo", codec.parsePayload("[\"ovsguard\",42]"))).toJson())
                    .isEqualTo("[\"ovsguard\",42]");
            Await.result(connection.close());
            assertThat(connection.pendingCalls()).isZero();
        }
    }

    @Test
    void aRealJsonRpcErrorBecomesRpcErrorException() throws Exception {
        LocalOvsdbServer server = start(dir.resolve("plain"), List.of());
        OvsdbConnector connector = new OvsdbConnector(resources, ClientOptions.defaults(), codec);
        RpcConnection connection = Await.result(connector.connect(server.unixSpec(), InboundHandlers.none()));

        Throwable failure = Await.failure(connection.call("no_such_method", codec.parsePayload("[]")));

        assertThat(failure).isInstanceOfSatisfying(RpcErrorException.class,
                e -> assertThat(e.error().isUnknownMethod()).isTrue());
        assertThat(connection.isOpen()).isTrue();
    }

    @Test
    void sslWithAClientCertificateFromOvsPkiIsAcceptedAndWithoutOneRejected() throws Exception {
        Path pki = dir.resolve("pki");
        Files.createDirectories(pki);
        run(pki, Map.of(), "ovs-pki", "--dir=" + pki.resolve("ca"), "init");
        run(pki, Map.of(), "ovs-pki", "--dir=" + pki.resolve("ca"), "-b", "req+sign", "server", "switch");
        run(pki, Map.of(), "ovs-pki", "--dir=" + pki.resolve("ca"), "-b", "req+sign", "client", "switch");
        Path ca = pki.resolve("ca/switchca/cacert.pem");
        LocalOvsdbServer server = start(dir.resolve("tls"), List.of("--remote=pssl:0:127.0.0.1",
                "--private-key=" + pki.resolve("server-privkey.pem"),
                "--certificate=" + pki.resolve("server-cert.pem"),
                "--ca-cert=" + ca));
        ConnectionSpec.Ssl remote = new ConnectionSpec.Ssl("127.0.0.1", server.tcpPort());

        OvsdbConnector withCertificate = connector(TlsSettings.of(pki.resolve("client-privkey.pem"),
                pki.resolve("client-cert.pem"), ca));
        RpcConnection connection = Await.result(withCertificate.connect(remote, InboundHandlers.none()));
        assertThat(Await.result(connection.call("list_dbs", codec.parsePayload("[]"))).toJson()).contains("Open_vSwitch");
        Await.result(connection.close());

        CompletableFuture<Payload> anonymous = connector(TlsSettings.trustOnly(ca))
                .connect(remote, InboundHandlers.none())
                .thenCompose(c -> c.call("list_dbs", codec.parsePayload("[]")));
        assertThat(Await.failure(anonymous)).isInstanceOf(ConnectionException.class);

        CompletableFuture<RpcConnection> wrongCa = connector(TlsSettings.of(pki.resolve("client-privkey.pem"),
                pki.resolve("client-cert.pem"), pki.resolve("ca/controllerca/cacert.pem")))
                .connect(remote, InboundHandlers.none());
        assertThat(Await.failure(wrongCa)).isInstanceOf(ConnectionException.class)
                .hasMessageContaining("TLS handshake");
    }

    private OvsdbConnector connector(TlsSettings tls) {
        return new OvsdbConnector(resources, ClientOptions.builder().tls(tls).build(), codec);
    }

    private LocalOvsdbServer start(Path serverDir, List<String> remotes) throws Exception {
        LocalOvsdbServer server = LocalOvsdbServer.start(serverDir, remotes);
        servers.add(server);
        return server;
    }

    private static void run(Path workDir, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    /** ovsdb-server on a fresh vswitch database in its own directory, stopped through its pid file. */
    private record LocalOvsdbServer(Path dir) implements AutoCloseable {

        private static final Pattern LISTENING = Pattern.compile("listening on port (\\d+)");

        static LocalOvsdbServer start(Path dir, List<String> remotes) throws Exception {
            Files.createDirectories(dir);
            Map<String, String> env = Map.of("OVS_RUNDIR", dir.toString(), "OVS_DBDIR", dir.toString(),
                    "OVS_LOGDIR", dir.toString());
            run(dir, env, "ovsdb-tool", "create", dir.resolve("conf.db").toString(), SCHEMA.toString());
            List<String> command = new ArrayList<>(List.of(OVSDB_SERVER.toString(), dir.resolve("conf.db").toString(),
                    "--remote=punix:" + dir.resolve("db.sock"),
                    "--pidfile=" + dir.resolve("ovsdb-server.pid"),
                    "--unixctl=" + dir.resolve("ovsdb-server.ctl"),
                    "--log-file=" + dir.resolve("ovsdb-server.log"),
                    "--detach"));
            command.addAll(remotes);
            run(dir, env, command.toArray(String[]::new));
            return new LocalOvsdbServer(dir);
        }

        ConnectionSpec.Unix unixSpec() {
            return new ConnectionSpec.Unix(dir.resolve("db.sock"));
        }

        /** The port ovsdb-server chose for its single ptcp:0 or pssl:0 remote, from its log. */
        int tcpPort() throws Exception {
            long deadline = System.nanoTime() + Await.DEFAULT.toNanos();
            while (System.nanoTime() < deadline) {
                Matcher matcher = LISTENING.matcher(Files.readString(dir.resolve("ovsdb-server.log")));
                if (matcher.find()) {
                    return Integer.parseInt(matcher.group(1));
                }
                Thread.sleep(10);
            }
            throw new AssertionError("ovsdb-server did not log its port in " + dir);
        }

        @Override
        public void close() throws IOException, InterruptedException {
            Path pidFile = dir.resolve("ovsdb-server.pid");
            if (!Files.exists(pidFile)) {
                return;
            }
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            var handle = ProcessHandle.of(pid);
            if (handle.isPresent()) {
                handle.get().destroy();
                handle.get().onExit().completeOnTimeout(null, Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS)
                        .join();
            }
        }
    }
}
