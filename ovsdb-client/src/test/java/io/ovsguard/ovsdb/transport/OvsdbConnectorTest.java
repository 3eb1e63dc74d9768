package io.ovsguard.ovsdb.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import io.ovsguard.ovsdb.ClientOptions;
import io.ovsguard.ovsdb.ClientResources;
import io.ovsguard.ovsdb.ConnectionSpec;
import io.ovsguard.ovsdb.codec.GsonMessageCodec;
import io.ovsguard.ovsdb.error.ConnectionException;
import io.ovsguard.ovsdb.jsonrpc.InboundHandlers;
import io.ovsguard.ovsdb.jsonrpc.MessageCodec;
import io.ovsguard.ovsdb.jsonrpc.Payload;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Connecting and listening, with plain JDK sockets on the other side. */
class OvsdbConnectorTest {

    @TempDir
    Path dir;

    private final MessageCodec codec = new GsonMessageCodec();
    private final ClientResources resources = ClientResources.create();
    private final OvsdbConnector connector = new OvsdbConnector(resources,
            ClientOptions.builder().inactivityProbe(Duration.ZERO).connectTimeout(Duration.ofSeconds(5)).build(), codec);

    @AfterEach
    void closeResources() throws InterruptedException {
        resources.close();
        assertThat(resources.eventLoops().openChannels()).isZero();
    }

    @Test
    void connectingToAMissingUnixSocketFailsWithConnectionException() throws Exception {
        ConnectionSpec.Unix missing = new ConnectionSpec.Unix(dir.resolve("absent.sock"));

        Throwable failure = Await.failure(connector.connect(missing, InboundHandlers.none()));

        assertThat(failure).isInstanceOf(ConnectionException.class)
                .hasMessageStartingWith("cannot connect to unix:" + dir.resolve("absent.sock"));
        Await.until("no channel is left open", () -> resources.eventLoops().openChannels() == 0);
    }

    @Test
    void connectingToAClosedTcpPortFailsWithConnectionException() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }

        Throwable failure = Await.failure(connector.connect(new ConnectionSpec.Tcp("127.0.0.1", port), InboundHandlers.none()));

        assertThat(failure).isInstanceOf(ConnectionException.class)
                .hasMessageContaining("cannot connect to tcp:127.0.0.1:" + port)
                .hasMessageContaining("refused");
    }

    @Test
    void closingAClientOfTcpAndUnixConnectionsLeavesNoThreadThatHoldsUpTheExit() throws Exception {
        // Netty's process-wide executor has a non-daemon thread that lingers a second after any work;
        // wait until it is gone, so that it can only reappear through what this test does
        Await.until("Netty's global executor thread is gone", () -> globalExecutorThreads() == 0);
        ClientResources own = ClientResources.create();
        OvsdbConnector ownConnector = new OvsdbConnector(own, ClientOptions.builder().build(), codec);
        Path socket = dir.resolve("exit.sock");
        try (ServerSocket tcp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             java.nio.channels.ServerSocketChannel unix = java.nio.channels.ServerSocketChannel.open(
                     StandardProtocolFamily.UNIX)) {
            unix.bind(UnixDomainSocketAddress.of(socket));
            Await.result(ownConnector.connect(new ConnectionSpec.Tcp("127.0.0.1", tcp.getLocalPort()),
                    InboundHandlers.none()));
            Await.result(ownConnector.connect(new ConnectionSpec.Unix(socket), InboundHandlers.none()));
        }

        own.close();

        assertThat(globalExecutorThreads()).isZero();
    }

    private static long globalExecutorThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !t.isDaemon() && t.getName().startsWith("globalEventExecutor")).count();
    }

    @Test
    void sslWithoutTlsSettingsFailsBeforeConnecting() throws Exception {
        Throwable failure = Await.failure(connector.connect(new ConnectionSpec.Ssl("127.0.0.1", 6640), InboundHandlers.none()));

        assertThat(failure).isInstanceOf(ConnectionException.class).hasMessageContaining("needs TLS settings");
    }

    @Test
    void ptcpOnPortZeroReportsTheBoundPortAndServesAcceptedConnections() throws Exception {
        CompletableFuture<RpcConnection> accepted = new CompletableFuture<>();
        PassiveListener listener = Await.result(connector.listen(
                new ConnectionSpec.PassiveTcp(0, Optional.of("127.0.0.1")), label -> InboundHandlers.none(),
                accepted::complete));

        assertThat(listener.port()).isPositive();
        assertThat(listener.local()).hasToString("ptcp:" + listener.port() + ":127.0.0.1");
        try (Socket switchSide = new Socket(InetAddress.getLoopbackAddress(), listener.port())) {
            RpcConnection connection = Await.result(accepted);
            assertThat(connection.remote()).isEqualTo(new ConnectionSpec.Tcp("127.0.0.1", switchSide.getLocalPort()));

            exchange(connection, switchSide.getOutputStream(),
                    new JsonReader(new InputStreamReader(switchSide.getInputStream(), StandardCharsets.UTF_8)));
        }
        listener.close();
        assertThat(listener.isOpen()).isFalse();
    }

    @Test
    void punixAcceptsConnectionsAndRemovesItsSocketOnClose() throws Exception {
        Path socket = dir.resolve("manager.sock");
        CompletableFuture<RpcConnection> accepted = new CompletableFuture<>();
        PassiveListener listener = Await.result(connector.listen(new ConnectionSpec.PassiveUnix(socket),
                label -> InboundHandlers.none(), accepted::complete));

        try (SocketChannel switchSide = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            switchSide.connect(UnixDomainSocketAddress.of(socket));
            RpcConnection connection = Await.result(accepted);
            assertThat(connection.remote()).isEqualTo(new ConnectionSpec.Unix(socket));

            OutputStream out = Channels.newOutputStream(switchSide);
            exchange(connection, out, new JsonReader(new InputStreamReader(inputOf(switchSide), StandardCharsets.UTF_8)));
        }
        listener.close();

        assertThat(socket).doesNotExist();
    }

    @Test
    void listeningOnAPortInUseFailsWithConnectionException() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Throwable failure = Await.failure(connector.listen(
                    new ConnectionSpec.PassiveTcp(taken.getLocalPort(), Optional.of("127.0.0.1")),
                    label -> InboundHandlers.none(), connection -> { }));

            assertThat(failure).isInstanceOf(ConnectionException.class).hasMessageContaining("cannot listen on ptcp:");
        }
    }

    @Test
    void refusesToDeleteANonSocketFileInTheWayOfPunix() throws Exception {
        Path file = Files.writeString(dir.resolve("precious.txt"), "keep me");

        Throwable failure = Await.failure(connector.listen(new ConnectionSpec.PassiveUnix(file),
                label -> InboundHandlers.none(), connection -> { }));

        assertThat(failure).isInstanceOf(ConnectionException.class);
        assertThat(file).hasContent("keep me");
    }

    @Test
    void closingResourcesClosesOpenConnections() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            RpcConnection connection = Await.result(connector.connect(
                    new ConnectionSpec.Tcp("127.0.0.1", server.getLocalPort()), InboundHandlers.none()));
            assertThat(resources.eventLoops().openChannels()).isOne();

            resources.close();

            assertThat(connection.closeFuture()).isCompleted();
            assertThatThrownBy(() -> Await.result(connection.call("list_dbs", codec.parsePayload("[]"))))
                    .hasCauseInstanceOf(io.ovsguard.ovsdb.error.ConnectionLostException.class);
        }
    }

    /** The peer sends echo and gets it back; then our side calls the peer, which answers. */
    private void exchange(RpcConnection connection, OutputStream peerOut, JsonReader peerIn) throws Exception {
        peerIn.setStrictness(Strictness.LENIENT);
        peerOut.write("{\"id\":1,\"method\":\"echo\",\"params\":[\"hi\"]}".getBytes(StandardCharsets.UTF_8));
        peerOut.flush();
        JsonObject echoReply = JsonParser.parseReader(peerIn).getAsJsonObject();
        assertThat(echoReply.get("result").toString()).isEqualTo("[\"hi\"]");

        CompletableFuture<Payload> dbs = connection.call("list_dbs", codec.parsePayload("[]"));
        JsonObject request = JsonParser.parseReader(peerIn).getAsJsonObject();
        assertThat(request.get("method").getAsString()).isEqualTo("list_dbs");
        peerOut.write(("{\"id\":" + request.get("id") + ",\"result\":[\"Open_vSwitch\"],\"error\":null}")
                .getBytes(StandardCharsets.UTF_8));
        peerOut.flush();

        assertThat(Await.result(dbs).toJson()).isEqualTo("[\"Open_vSwitch\"]");
    }

    private static java.io.InputStream inputOf(SocketChannel socket) {
        return new java.io.InputStream() {
            @Override
            public int read() throws java.io.IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] bytes, int offset, int length) throws java.io.IOException {
                return socket.read(ByteBuffer.wrap(bytes, offset, length));
            }
        };
    }
}
