package io.ovsguard.ovsdb.direct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.ClientOptions;
import io.ovsguard.ovsdb.ConnectionSpec;
import io.ovsguard.ovsdb.OvsdbClient;
import io.ovsguard.ovsdb.error.ConnectionException;
import io.ovsguard.ovsdb.error.ConnectionLostException;
import io.ovsguard.ovsdb.error.OutcomeUnknownException;
import io.ovsguard.ovsdb.error.RequestTimeoutException;
import io.ovsguard.ovsdb.error.RpcErrorException;
import io.ovsguard.ovsdb.op.Operation;
import io.ovsguard.ovsdb.op.Transaction;
import io.ovsguard.ovsdb.testing.Fixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectOvsdbClientTest {

    private static final String SCHEMA = Fixtures.resource("/schema/vswitch.ovsschema");

    @TempDir
    Path dir;

    private FakePeer peer;
    private OvsdbClient client;

    @AfterEach
    void closeEverything() throws Exception {
        if (client != null) {
            client.close();
        }
        if (peer != null) {
            peer.close();
        }
    }

    @Test
    void completesEachCallWithTheReplyCarryingItsId() throws Exception {
        connect(ClientOptions.defaults());
        CompletableFuture<List<String>> first = client.echo("one");
        CompletableFuture<List<String>> second = client.echo("two");
        JsonObject firstRequest = peer.take();
        JsonObject secondRequest = peer.take();

        peer.reply(secondRequest, "[\"two\"]");
        peer.reply(firstRequest, "[\"one\"]");

        assertThat(second.get(10, TimeUnit.SECONDS)).containsExactly("two");
        assertThat(first.get(10, TimeUnit.SECONDS)).containsExactly("one");
        assertThat(firstRequest.get("method").getAsString()).isEqualTo("echo");
    }

    @Test
    void fetchesTheSchemaOnceAndDecodesSelectedRowsWithIt() throws Exception {
        connect(ClientOptions.defaults());
        BlockingOvsdbClient blocking = BlockingOvsdbClient.of(client, ClientOptions.defaults());
        CompletableFuture<Object> done = CompletableFuture.supplyAsync(() -> blocking.transact(new Transaction(
                "Open_vSwitch", List.of(new Operation.Select("Bridge", List.of(), java.util.Optional.of(
                        List.of("name"))))))).thenApply(result -> result.rows(0).get(0).get("name").orElseThrow());

        JsonObject getSchema = peer.take();
        assertThat(getSchema.get("method").getAsString()).isEqualTo("get_schema");
        peer.reply(getSchema, SCHEMA);
        JsonObject transact = peer.take();
        assertThat(transact.get("method").getAsString()).isEqualTo("transact");
        peer.reply(transact, "[{\"rows\":[{\"name\":\"br0\"}]}]");

        assertThat(done.get(10, TimeUnit.SECONDS)).hasToString("OvsdbSet[atoms=[StringAtom[value=br0]]]");
        assertThat(client.getSchema("Open_vSwitch").isDone()).as("schema cached").isTrue();
    }

    @Test
    void answersTheServersEchoRequestWithItsParams() throws Exception {
        connect(ClientOptions.defaults());

        peer.send("{\"id\":\"probe\",\"method\":\"echo\",\"params\":[\"x\",1]}");

        JsonObject answer = peer.take();
        assertThat(answer.get("id").getAsString()).isEqualTo("probe");
        assertThat(answer.get("result").toString()).isEqualTo("[\"x\",1]");
        assertThat(answer.get("error").isJsonNull()).isTrue();
    }

    @Test
    void turnsAnErrorReplyIntoRpcErrorException() throws Exception {
        connect(ClientOptions.defaults());
        CompletableFuture<List<String>> databases = client.listDatabases();

        peer.send("{\"id\":" + peer.take().get("id") + ",\"result\":null,\"error\":\"unknown method\"}");

        assertThatThrownBy(() -> databases.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(RpcErrorException.class).hasMessageContaining("unknown method");
    }

    @Test
    void failsACallThatGetsNoReplyWithinItsTimeout() throws Exception {
        connect(ClientOptions.builder().requestTimeout(Duration.ofMillis(50)).build());

        CompletableFuture<List<String>> unanswered = client.echo("silence");

        assertThatThrownBy(() -> unanswered.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(RequestTimeoutException.class).hasMessageContaining("no reply to echo");
        assertThat(client.isConnected()).isTrue();
    }

    @Test
    void failsAPendingTransactAsOutcomeUnknownAndOtherCallsAsLostWhenTheServerHangsUp() throws Exception {
        connect(ClientOptions.defaults());
        CompletableFuture<List<String>> echo = client.echo("x");
        peer.take();
        client.getSchema("Open_vSwitch");
        peer.reply(peer.take(), SCHEMA);
        CompletableFuture<?> transact = client.transact(new Transaction("Open_vSwitch", List.of(
                new Operation.Select("Bridge", List.of(), java.util.Optional.empty()))));
        peer.take();

        peer.hangUp();

        assertThatThrownBy(() -> transact.get(10, TimeUnit.SECONDS)).cause()
                .isInstanceOf(OutcomeUnknownException.class).hasMessageContaining("may or may not have committed");
        assertThatThrownBy(() -> echo.get(10, TimeUnit.SECONDS)).cause()
                .isInstanceOf(ConnectionLostException.class).isNotInstanceOf(OutcomeUnknownException.class);
        client.closeFuture().get(10, TimeUnit.SECONDS);
        assertThat(client.isConnected()).isFalse();
    }

    @Test
    void refusesCallsAfterItWasClosed() throws Exception {
        connect(ClientOptions.defaults());

        client.close();

        assertThatThrownBy(() -> client.echo("late").get(10, TimeUnit.SECONDS)).cause()
                .isInstanceOf(ConnectionLostException.class).hasMessageContaining("is closed");
    }

    @Test
    void reportsAMissingSocketAsAConnectionFailure() {
        ConnectionSpec.Unix missing = new ConnectionSpec.Unix(dir.resolve("absent.sock"));

        assertThatThrownBy(() -> DirectOvsdbClients.connect(missing, ClientOptions.defaults()))
                .isInstanceOf(ConnectionException.class).hasMessageStartingWith("cannot connect to unix:");
    }

    @Test
    void leavesSslRemotesToTheNettyClient() {
        ConnectionSpec.Ssl ssl = new ConnectionSpec.Ssl("127.0.0.1", 6640);

        assertThat(DirectOvsdbClients.supports(ssl)).isFalse();
        assertThat(DirectOvsdbClients.supports(new ConnectionSpec.Tcp("127.0.0.1", 6640))).isTrue();
        assertThatThrownBy(() -> DirectOvsdbClients.connect(ssl, ClientOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blockingSchemaFetchGivesUpAfterItsTimeoutAndLeavesTheRequestRunningForOthers() throws Exception {
        connect(ClientOptions.defaults());
        BlockingOvsdbClient blocking = BlockingOvsdbClient.of(client, ClientOptions.defaults());

        assertThatThrownBy(() -> blocking.getSchema("Open_vSwitch", Duration.ofMillis(100)))
                .isInstanceOf(RequestTimeoutException.class).hasMessageContaining("get_schema");
        JsonObject request = peer.take();
        assertThat(request.get("method").getAsString()).isEqualTo("get_schema");
        CompletableFuture<io.ovsguard.ovsdb.schema.DatabaseSchema> later = client.getSchema("Open_vSwitch");
        peer.reply(request, SCHEMA);

        assertThat(later.get(10, TimeUnit.SECONDS).name()).isEqualTo("Open_vSwitch");
        assertThat(blocking.getSchema("Open_vSwitch", Duration.ofMillis(100)).name()).isEqualTo("Open_vSwitch");
    }

    private void connect(ClientOptions options) throws Exception {
        peer = FakePeer.listen(dir);
        client = DirectOvsdbClients.connect(peer.remote(), options);
    }
}
