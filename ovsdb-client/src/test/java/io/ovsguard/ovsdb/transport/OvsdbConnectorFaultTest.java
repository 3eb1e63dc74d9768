package io.ovsguard.ovsdb.transport;

import io.ovsguard.ovsdb.transport.ScriptedOvsdbPeer.AwaitRequest;
import io.ovsguard.ovsdb.transport.ScriptedOvsdbPeer.Disconnect;
import io.ovsguard.ovsdb.transport.ScriptedOvsdbPeer.ReplyError;
import io.ovsguard.ovsdb.transport.ScriptedOvsdbPeer.ReplyResult;
import io.ovsguard.ovsdb.transport.ScriptedOvsdbPeer.ReplyResultTo;
import io.ovsguard.ovsdb.transport.ScriptedOvsdbPeer.SendRaw;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.ovsguard.ovsdb.ClientOptions;
import io.ovsguard.ovsdb.ClientResources;
import io.ovsguard.ovsdb.codec.GsonMessageCodec;
import io.ovsguard.ovsdb.error.ConnectionLostException;
import io.ovsguard.ovsdb.error.FrameTooLongException;
import io.ovsguard.ovsdb.error.OutcomeUnknownException;
import io.ovsguard.ovsdb.error.ProtocolException;
import io.ovsguard.ovsdb.error.RequestTimeoutException;
import io.ovsguard.ovsdb.error.RpcErrorException;
import io.ovsguard.ovsdb.jsonrpc.InboundHandlers;
import io.ovsguard.ovsdb.jsonrpc.MessageCodec;
import io.ovsguard.ovsdb.jsonrpc.Payload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The client side (connector, pipeline, endpoint) against a {@link ScriptedOvsdbPeer} that
 * misbehaves in ways a real ovsdb-server does not. Every test also checks that nothing leaks: no
 * pending call and, once closed, no open channel.
 */
class OvsdbConnectorFaultTest {

    enum Socket { UNIX, TCP }

    private static final int MAX_MESSAGE_BYTES = 4096;

    @TempDir
    Path dir;

    private final MessageCodec codec = new GsonMessageCodec();
    private final ClientResources resources = ClientResources.create();
    private final List<String> notifications = new CopyOnWriteArrayList<>();
    private ScriptedOvsdbPeer peer;
    private RpcConnection connection;

    @AfterEach
    void closeEverythingAndCheckForLeaks() throws Exception {
        if (connection != null) {
            Await.result(connection.close());
            assertThat(connection.pendingCalls()).as("pending calls after close").isZero();
        }
        Await.until("every channel is closed", () -> resources.eventLoops().openChannels() == 0);
        resources.close();
        if (peer != null) {
            peer.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Socket.class)
    void callsAndGetsTheResult(Socket socket) throws Exception {
        connect(socket, options(), new AwaitRequest("list_dbs"), new ReplyResult("[\"Open_vSwitch\"]"));

        Payload result = Await.result(connection.call("list_dbs", params("[]")));

        assertThat(result.toJson()).isEqualTo("[\"Open_vSwitch\"]");
        assertThat(peer.takeReceived().get("id").getAsLong()).isZero();
        assertThat(connection.pendingCalls()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Socket.class)
    void malformedJsonClosesTheConnectionAndFailsTheCallWithTheProtocolError(Socket socket) throws Exception {
        connect(socket, options(), new AwaitRequest("list_dbs"), raw("{\"id\":0,\"result\":tru,\"error\":null}"));

        Throwable failure = Await.failure(connection.call("list_dbs", params("[]")));

        assertThat(failure).isExactlyInstanceOf(ConnectionLostException.class).hasCauseInstanceOf(ProtocolException.class);
        assertClosedWith(ProtocolException.class);
    }

    @ParameterizedTest
    @EnumSource(Socket.class)
    void truncatedFrameThenCloseFailsTheCallWithConnectionLost(Socket socket) throws Exception {
        connect(socket, options(), new AwaitRequest("get_schema"), raw("{\"id\":0,\"result\":{\"name\":\"Open_"),
                new Disconnect());

        Throwable failure = Await.failure(connection.call("get_schema", params("[\"Open_vSwitch\"]")));

        assertThat(failure).isExactlyInstanceOf(ConnectionLostException.class)
                .hasMessageContaining("lost before the reply to get_schema")
                .hasMessageContaining("in the middle of a JSON-RPC message");
        assertClosedWith(ProtocolException.class);
    }

    @ParameterizedTest
    @EnumSource(Socket.class)
    void oversizedFrameClosesTheConnectionWithFrameTooLong(Socket socket) throws Exception {
        String huge = "{\"id\":0,\"result\":[\"" + "x".repeat(MAX_MESSAGE_BYTES) + "\"],\"error\":null}";
        connect(socket, options(), new AwaitRequest("list_dbs"), raw(huge));

        Throwable failure = Await.failure(connection.call("list_dbs", params("[]")));

        assertThat(failure).isInstanceOf(ConnectionLostException.class).hasCauseInstanceOf(FrameTooLongException.class);
        assertClosedWith(FrameTooLongException.class);
    }

    @Test
    void badFirstByteClosesTheConnection() throws Exception {
        connect(Socket.TCP, options(), raw("HTTP/1.1 400 Bad Request\r\n\r\n"));

        Await.result(connection.closeFuture());

        assertThat(connection.failure()).get().isInstanceOf(ProtocolException.class)
                .extracting(Throwable::getMessage).asString().contains("'H'");
    }

    @ParameterizedTest
    @EnumSource(Socket.class)
    void stalledPeerMakesTheCallTimeOutAndTheConnectionStaysUp(Socket socket) throws Exception {
        connect(socket, options(), new AwaitRequest("transact"));

        Throwable failure = Await.failure(connection.call("transact", params("[\"Open_vSwitch\"]"), Duration.ofMillis(200)));

        assertThat(failure).isInstanceOf(RequestTimeoutException.class).hasMessageContaining("within 200 ms");
        assertThat(connection.pendingCalls()).isZero();
        assertThat(connection.isOpen()).isTrue();
        peer.awaitScript();
    }

    @Test
    void outOfOrderRepliesReachTheirOwnCalls() throws Exception {
        connect(Socket.UNIX, options(), new AwaitRequest("transact"), new AwaitRequest("echo"),
                new ReplyResultTo(1, "[\"second\"]"), new ReplyResultTo(0, "[{\"count\":1}]"));

        CompletableFuture<Payload> transact = connection.call("transact", params("[\"Open_vSwitch\"]"));
        CompletableFuture<Payload> echo = connection.call("echo", params("[\"second\"]"));

        assertThat(Await.result(echo).toJson()).isEqualTo("[\"second\"]");
        assertThat(Await.result(transact).toJson()).isEqualTo("[{\"count\":1}]");
    }

    @Test
    void jsonRpcErrorReachesTheCallerAsRpcErrorException() throws Exception {
        connect(Socket.TCP, options(), new AwaitRequest("monitor_cond_since"), new ReplyError("\"unknown method\""));

        Throwable failure = Await.failure(connection.call("monitor_cond_since", params("[]")));

        assertThat(failure).isInstanceOfSatisfying(RpcErrorException.class,
                e -> assertThat(e.error().isUnknownMethod()).isTrue());
        assertThat(connection.isOpen()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Socket.class)
    void serverInitiatedEchoIsAnsweredWithItsOwnId(Socket socket) throws Exception {
        connect(socket, options(), raw("{\"method\":\"echo\",\"params\":[\"are you there\"],\"id\":\"echo\"}"));

        JsonObject reply = peer.takeReceived();

        assertThat(reply.get("id").getAsString()).isEqualTo("echo");
        assertThat(reply.get("result").toString()).isEqualTo("[\"are you there\"]");
        assertThat(reply.get("error").isJsonNull()).isTrue();
    }

    @Test
    void otherServerRequestsGetUnknownMethod() throws Exception {
        connect(Socket.TCP, options(), raw("{\"method\":\"lock\",\"params\":[\"x\"],\"id\":42}"));

        JsonObject reply = peer.takeReceived();

        assertThat(reply.get("id").getAsInt()).isEqualTo(42);
        assertThat(reply.get("error").getAsString()).isEqualTo("unknown method");
    }

    @Test
    void notificationsReachTheListenerInArrivalOrder() throws Exception {
        connect(Socket.UNIX, options(), raw("{\"id\":null,\"method\":\"update\",\"params\":[1,{}]}"
                + "{\"id\":null,\"method\":\"update2\",\"params\":[2,{}]}\n"
                + "{\"id\":null,\"method\":\"locked\",\"params\":[\"lock\"]}"));

        Await.until("three notifications arrived", () -> notifications.size() == 3);

        assertThat(notifications).containsExactly("update[1,{}]", "update2[2,{}]", "locked[\"lock\"]");
    }

    @ParameterizedTest
    @EnumSource(Socket.class)
    void droppedConnectionFailsTransactAsOutcomeUnknownAndOtherCallsAsConnectionLost(Socket socket) throws Exception {
        connect(socket, options(), new AwaitRequest("transact"), new AwaitRequest("get_schema"), new Disconnect());

        CompletableFuture<Payload> transact = connection.call("transact", params("[\"Open_vSwitch\"]"));
        CompletableFuture<Payload> schema = connection.call("get_schema", params("[\"Open_vSwitch\"]"));

        assertThat(Await.failure(transact)).isInstanceOf(OutcomeUnknownException.class);
        assertThat(Await.failure(schema)).isExactlyInstanceOf(ConnectionLostException.class);
        Await.result(connection.closeFuture());
        assertThat(connection.pendingCalls()).isZero();
        assertThat(connection.failure()).as("closed by the peer, not on an error").isEmpty();
    }

    @Test
    void callAfterThePeerClosedFailsAtOnce() throws Exception {
        connect(Socket.TCP, options(), new Disconnect());
        Await.result(connection.closeFuture());

        Throwable failure = Await.failure(connection.call("list_dbs", params("[]")));

        assertThat(failure).isInstanceOf(ConnectionLostException.class).hasMessageContaining("is closed");
    }

    @Test
    void inactivityProbeClosesTheConnectionToASilentPeer() throws Exception {
        connect(Socket.UNIX, options().mutate().inactivityProbe(Duration.ofMillis(100)).build(),
                new AwaitRequest("echo"));

        Await.result(connection.closeFuture());

        assertThat(connection.failure()).get().isInstanceOf(ConnectionLostException.class)
                .extracting(Throwable::getMessage).asString().contains("no reply to the inactivity probe");
        peer.awaitScript();
    }

    @Test
    void answeredInactivityProbesKeepTheConnectionUp() throws Exception {
        connect(Socket.TCP, options().mutate().inactivityProbe(Duration.ofMillis(300)).build(),
                new AwaitRequest("echo"), new ReplyResult("[]"), new AwaitRequest("echo"), new ReplyResult("[]"),
                new AwaitRequest("echo"));

        peer.awaitScript();

        assertThat(connection.isOpen()).isTrue();
    }

    @Test
    void closingTheConnectionFailsItsPendingCalls() throws Exception {
        connect(Socket.UNIX, options(), new AwaitRequest("list_dbs"));
        CompletableFuture<Payload> call = connection.call("list_dbs", params("[]"));
        peer.awaitScript();

        Await.result(connection.close());

        assertThat(Await.failure(call)).isExactlyInstanceOf(ConnectionLostException.class);
        assertThat(peer.awaitClientClosed(Await.DEFAULT)).isTrue();
    }

    private void connect(Socket socket, ClientOptions options, ScriptedOvsdbPeer.Step... script) throws Exception {
        peer = (socket == Socket.UNIX ? ScriptedOvsdbPeer.unix(dir) : ScriptedOvsdbPeer.tcp()).enqueue(script).start();
        OvsdbConnector connector = new OvsdbConnector(resources, options, codec);
        connection = Await.result(connector.connect(peer.spec(),
                InboundHandlers.of((method, params) -> notifications.add(method + params.toJson()))));
        assertThat(connection.remote()).isEqualTo(peer.spec());
        assertThat(connection.logPrefix()).startsWith("[ovsdb#").endsWith(" " + peer.spec() + "]");
    }

    private void assertClosedWith(Class<? extends Throwable> type) throws Exception {
        Await.result(connection.closeFuture());
        assertThat(connection.failure()).get().isInstanceOf(type);
        assertThat(connection.pendingCalls()).isZero();
    }

    private static ClientOptions options() {
        return ClientOptions.builder()
                .maxMessageBytes(MAX_MESSAGE_BYTES)
                .inactivityProbe(Duration.ZERO)
                .requestTimeout(Duration.ofSeconds(10))
                .build();
    }

    private Payload params(String json) {
        return codec.parsePayload(json);
    }

    private static SendRaw raw(String text) {
        return new SendRaw(text.getBytes(StandardCharsets.UTF_8));
    }
}
