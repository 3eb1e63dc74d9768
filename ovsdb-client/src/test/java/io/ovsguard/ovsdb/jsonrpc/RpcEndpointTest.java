package io.ovsguard.ovsdb.jsonrpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import io.ovsguard.ovsdb.codec.GsonMessageCodec;
import io.ovsguard.ovsdb.error.ConnectionLostException;
import io.ovsguard.ovsdb.error.OutcomeUnknownException;
import io.ovsguard.ovsdb.error.ProtocolException;
import io.ovsguard.ovsdb.error.RequestTimeoutException;
import io.ovsguard.ovsdb.error.RpcErrorException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The endpoint on an {@link EmbeddedChannel}: outbound frames are read back as strings, time is frozen. */
class RpcEndpointTest {

    private final MessageCodec codec = new GsonMessageCodec();
    private final List<String> notifications = new ArrayList<>();
    private final EmbeddedChannel channel = new EmbeddedChannel();
    private RpcEndpoint endpoint = endpoint(InboundHandlers.of((method, params) -> notifications.add(method + params.toJson())));

    private RpcEndpoint endpoint(InboundHandlers handlers) {
        channel.freezeTime();
        RpcEndpoint created = new RpcEndpoint(channel, codec, Duration.ofSeconds(5), handlers,
                new ConnectionLabel(1, "unix:/test/db.sock"));
        if (channel.pipeline().get(RpcEndpointHandler.class) != null) {
            channel.pipeline().remove(RpcEndpointHandler.class);
        }
        channel.pipeline().addLast(new RpcEndpointHandler(created));
        return created;
    }

    @Test
    void sendsNumberedRequestsAndCompletesEachWithItsResult() throws Exception {
        CompletableFuture<Payload> dbs = endpoint.call("list_dbs", params("[]"));

        assertThat(sent()).isEqualTo("{\"id\":0,\"method\":\"list_dbs\",\"params\":[]}");
        receive("{\"id\":0,\"result\":[\"Open_vSwitch\"],\"error\":null}");

        assertThat(dbs.get().toJson()).isEqualTo("[\"Open_vSwitch\"]");
        assertThat(endpoint.pendingCount()).isZero();
    }

    @Test
    void writesASmallRequestAsItsHeapChunksAndALargeOneAsOneDirectBuffer() {
        endpoint.call("echo", params("[\"small\"]"));
        String large = "x".repeat(RpcEndpoint.WRAPPED_BYTES);
        endpoint.call("echo", params("[\"" + large + "\"]"));

        ByteBuf small = channel.readOutbound();
        ByteBuf big = channel.readOutbound();
        try {
            assertThat(small.isDirect()).isFalse();
            assertThat(big.isDirect()).isTrue();
            assertThat(big.nioBufferCount()).isEqualTo(1);
            assertThat(big.toString(StandardCharsets.UTF_8))
                    .isEqualTo("{\"id\":1,\"method\":\"echo\",\"params\":[\"" + large + "\"]}");
        } finally {
            small.release();
            big.release();
        }
    }

    @Test
    void keepsNoDeadlineSweepOnceEveryCallIsAnswered() {
        endpoint.call("echo", params("[1]"));
        endpoint.call("echo", params("[2]"));
        receive("{\"id\":0,\"result\":[1],\"error\":null}");
        assertThat(channel.runScheduledPendingTasks()).as("the sweep for the call still pending").isPositive();

        receive("{\"id\":1,\"result\":[2],\"error\":null}");

        assertThat(channel.runScheduledPendingTasks()).as("no scheduled task left").isEqualTo(-1);
    }

    @Test
    void matchesResponsesByIdNotByOrder() throws Exception {
        CompletableFuture<Payload> first = endpoint.call("transact", params("[\"db\"]"));
        CompletableFuture<Payload> second = endpoint.call("echo", params("[\"e\"]"));

        receive("{\"id\":1,\"result\":[\"e\"],\"error\":null}");
        assertThat(second.get().toJson()).isEqualTo("[\"e\"]");
        assertThat(first).isNotDone();

        receive("{\"id\":0,\"result\":[{}],\"error\":null}");
        assertThat(first.get().toJson()).isEqualTo("[{}]");
    }

    @Test
    void failsTheCallWithRpcErrorExceptionOnAJsonRpcError() {
        CompletableFuture<Payload> schema = endpoint.call("get_schema", params("[\"nope\"]"));

        receive("{\"id\":0,\"result\":null,\"error\":{\"error\":\"unknown database\",\"details\":\"nope\"}}");

        assertThat(causeOf(schema)).isInstanceOfSatisfying(RpcErrorException.class, e -> {
            assertThat(e.method()).isEqualTo("get_schema");
            assertThat(e.error().isUnknownDatabase()).isTrue();
            assertThat(e.error().details()).contains("nope");
        });
    }

    @Test
    void timesOutAMissingReplyWithRequestTimeoutExceptionNotCancellation() {
        CompletableFuture<Payload> call = endpoint.call("list_dbs", params("[]"), Duration.ofSeconds(2));

        channel.advanceTimeBy(1999, TimeUnit.MILLISECONDS);
        channel.runScheduledPendingTasks();
        assertThat(call).isNotDone();

        channel.advanceTimeBy(1, TimeUnit.MILLISECONDS);
        channel.runScheduledPendingTasks();

        assertThat(call.isCancelled()).isFalse();
        assertThat(causeOf(call)).isInstanceOf(RequestTimeoutException.class)
                .hasMessageContaining("no reply to list_dbs from unix:/test/db.sock within 2000 ms");
        assertThat(endpoint.pendingCount()).isZero();
    }

    @Test
    void expiresAShortTimeoutSentAfterALongOneAtItsOwnDeadline() {
        CompletableFuture<Payload> slow = endpoint.call("transact", params("[\"db\"]"), Duration.ofSeconds(5));
        CompletableFuture<Payload> quick = endpoint.call("echo", params("[]"), Duration.ofSeconds(1));

        channel.advanceTimeBy(1, TimeUnit.SECONDS);
        channel.runScheduledPendingTasks();
        assertThat(causeOf(quick)).isInstanceOf(RequestTimeoutException.class);
        assertThat(slow).isNotDone();

        channel.advanceTimeBy(4, TimeUnit.SECONDS);
        channel.runScheduledPendingTasks();
        assertThat(causeOf(slow)).isInstanceOf(RequestTimeoutException.class)
                .hasMessageContaining("no reply to transact");
        assertThat(endpoint.pendingCount()).isZero();
    }

    @Test
    void aCallAnsweredInTimeNeverExpiresWhileLaterCallsStillDo() throws Exception {
        CompletableFuture<Payload> answered = endpoint.call("echo", params("[]"), Duration.ofSeconds(1));
        receive("{\"id\":0,\"result\":[],\"error\":null}");
        CompletableFuture<Payload> unanswered = endpoint.call("echo", params("[]"), Duration.ofSeconds(1));

        channel.advanceTimeBy(2, TimeUnit.SECONDS);
        channel.runScheduledPendingTasks();

        assertThat(answered.get().toJson()).isEqualTo("[]");
        assertThat(causeOf(unanswered)).isInstanceOf(RequestTimeoutException.class);
        assertThat(channel.isOpen()).isTrue();
    }

    @Test
    void ignoresALateReplyAfterATimeoutAndStaysUsable() throws Exception {
        CompletableFuture<Payload> late = endpoint.call("list_dbs", params("[]"), Duration.ofSeconds(1));
        channel.advanceTimeBy(1, TimeUnit.SECONDS);
        channel.runScheduledPendingTasks();
        sent();

        receive("{\"id\":0,\"result\":[],\"error\":null}");
        CompletableFuture<Payload> next = endpoint.call("echo", params("[]"));
        receive("{\"id\":1,\"result\":[],\"error\":null}");

        assertThat(causeOf(late)).isInstanceOf(RequestTimeoutException.class);
        assertThat(next.get().toJson()).isEqualTo("[]");
        assertThat(channel.isOpen()).isTrue();
    }

    @Test
    void ignoresAResponseWithAnUnknownId() {
        receive("{\"id\":99,\"result\":[],\"error\":null}");

        assertThat(channel.isOpen()).isTrue();
        assertThat(endpoint.failure()).isEmpty();
    }

    @Test
    void cancellingTheCallersCopyLeavesTheCallPendingUntilItsReply() {
        CompletableFuture<Payload> call = endpoint.call("list_dbs", params("[]"));
        call.cancel(true);
        assertThat(endpoint.pendingCount()).isOne();

        receive("{\"id\":0,\"result\":[],\"error\":null}");

        assertThat(endpoint.pendingCount()).isZero();
    }

    @Test
    void answersTheServersEchoWithTheSameIdAndParams() {
        receive("{\"id\":\"echo\",\"method\":\"echo\",\"params\":[\"ping\",1]}");

        assertThat(sent()).isEqualTo("{\"id\":\"echo\",\"result\":[\"ping\",1],\"error\":null}");
    }

    @Test
    void repliesUnknownMethodToOtherServerRequests() {
        receive("{\"id\":5,\"method\":\"frobnicate\",\"params\":[]}");

        assertThat(sent()).isEqualTo("{\"id\":5,\"result\":null,\"error\":\"unknown method\"}");
    }

    @Test
    void letsAServerRequestHandlerAnswerOrRefuse() {
        endpoint = endpoint(new InboundHandlers(NotificationListener.DROP, (method, params) -> {
            if (method.equals("refuse")) {
                throw new RpcErrorException(method, new RpcError("not allowed", Optional.empty(), "\"not allowed\""));
            }
            return method.equals("answer") ? Optional.of(codec.parsePayload("{\"ok\":true}")) : Optional.empty();
        }));

        receive("{\"id\":1,\"method\":\"answer\",\"params\":[]}");
        receive("{\"id\":2,\"method\":\"refuse\",\"params\":[]}");
        receive("{\"id\":3,\"method\":\"other\",\"params\":[]}");

        assertThat(sent()).isEqualTo("{\"id\":1,\"result\":{\"ok\":true},\"error\":null}");
        assertThat(sent()).isEqualTo("{\"id\":2,\"result\":null,\"error\":\"not allowed\"}");
        assertThat(sent()).isEqualTo("{\"id\":3,\"result\":null,\"error\":\"unknown method\"}");
    }

    @Test
    void routesNotificationsToTheListenerInArrivalOrder() {
        receive("{\"id\":null,\"method\":\"update\",\"params\":[1,{}]}");
        receive("{\"id\":null,\"method\":\"update2\",\"params\":[2,{}]}");
        receive("{\"id\":null,\"method\":\"locked\",\"params\":[\"l\"]}");
        receive("{\"id\":null,\"method\":\"stolen\",\"params\":[\"l\"]}");

        assertThat(notifications).containsExactly("update[1,{}]", "update2[2,{}]", "locked[\"l\"]", "stolen[\"l\"]");
    }

    @Test
    void keepsTheConnectionWhenTheListenerThrows() {
        endpoint = endpoint(InboundHandlers.of((method, params) -> {
            throw new IllegalStateException("listener bug");
        }));

        receive("{\"id\":null,\"method\":\"update\",\"params\":[]}");

        assertThat(channel.isOpen()).isTrue();
    }

    @Test
    void sendsNotificationsWithANullId() {
        CompletableFuture<Void> written = endpoint.notify("monitor_cancel", params("[\"m\"]"));

        assertThat(sent()).isEqualTo("{\"id\":null,\"method\":\"monitor_cancel\",\"params\":[\"m\"]}");
        assertThat(written).isCompleted();
    }

    @Test
    void failsPendingCallsWithConnectionLostWhenTheConnectionCloses() {
        CompletableFuture<Payload> call = endpoint.call("list_dbs", params("[]"));

        channel.close();

        assertThat(causeOf(call)).isExactlyInstanceOf(ConnectionLostException.class)
                .hasMessageContaining("lost before the reply to list_dbs");
        assertThat(endpoint.pendingCount()).isZero();
        assertThat(endpoint.closedFuture()).isCompleted();
    }

    @Test
    void pendingTransactFailsWithOutcomeUnknownWhenConnectionDrops() {
        CompletableFuture<Payload> transact = endpoint.call("transact", params("[\"Open_vSwitch\"]"));
        CompletableFuture<Payload> echo = endpoint.call("echo", params("[]"));

        channel.close();

        assertThat(causeOf(transact)).isInstanceOf(OutcomeUnknownException.class)
                .hasMessageContaining("may or may not have committed");
        assertThat(causeOf(echo)).isExactlyInstanceOf(ConnectionLostException.class);
    }

    @Test
    void closesOnAMalformedMessageAndGivesItAsTheCause() {
        CompletableFuture<Payload> call = endpoint.call("transact", params("[]"));

        receive("{\"id\":0,\"result\":}");

        assertThat(channel.isOpen()).isFalse();
        assertThat(endpoint.failure()).containsInstanceOf(ProtocolException.class);
        assertThat(causeOf(call)).isInstanceOf(OutcomeUnknownException.class)
                .hasCauseInstanceOf(ProtocolException.class);
    }

    @Test
    void failsCallsMadeAfterTheConnectionClosed() {
        channel.close();

        CompletableFuture<Payload> call = endpoint.call("list_dbs", params("[]"));

        assertThat(causeOf(call)).isInstanceOf(ConnectionLostException.class).hasMessageContaining("is closed");
        assertThat(endpoint.pendingCount()).isZero();
    }

    private Payload params(String json) {
        return codec.parsePayload(json);
    }

    private void receive(String frame) {
        channel.writeInbound(frame);
    }

    private String sent() {
        Object frame = channel.readOutbound();
        assertThat(frame).as("a frame was sent").isInstanceOf(ByteBuf.class);
        ByteBuf bytes = (ByteBuf) frame;
        try {
            return bytes.toString(StandardCharsets.UTF_8);
        } finally {
            bytes.release();
        }
    }

    private static Throwable causeOf(CompletableFuture<?> future) {
        assertThat(future).isCompletedExceptionally();
        try {
            future.get();
            throw new AssertionError("expected the future to fail");
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
