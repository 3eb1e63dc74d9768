package io.ovsguard.ovsdb.replica;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.ovsdb.MonitorSubscription;
import io.ovsguard.ovsdb.error.RpcErrorException;
import io.ovsguard.ovsdb.jsonrpc.RpcError;
import io.ovsguard.ovsdb.monitor.MonitorMethod;
import io.ovsguard.ovsdb.monitor.MonitorNotification;
import io.ovsguard.ovsdb.monitor.RowDiff;
import io.ovsguard.ovsdb.monitor.RowUpdate;
import io.ovsguard.ovsdb.monitor.TableUpdates;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.session.OvsdbSession;
import io.ovsguard.ovsdb.session.SessionOptions;
import io.ovsguard.ovsdb.testing.Eventually;
import io.ovsguard.ovsdb.testing.FakeOvsdbClient;
import io.ovsguard.ovsdb.testing.Fixtures;
import io.ovsguard.ovsdb.testing.ScriptedConnector;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The replica's logic over a scripted client: fallback, held-back updates, resync, resume. */
class ReplicaTest {

    private static final String DB = "Open_vSwitch";
    private static final Uuid BR0 = Uuid.parse("00000000-0000-0000-0000-0000000000b0");
    private static final Uuid BR1 = Uuid.parse("00000000-0000-0000-0000-0000000000b1");
    private static final Uuid TXN1 = Uuid.parse("00000000-0000-0000-0000-00000000a001");
    private static final Uuid TXN2 = Uuid.parse("00000000-0000-0000-0000-00000000a002");

    private final ScriptedConnector connector = new ScriptedConnector();
    private final OvsdbSession session = OvsdbSession.start(connector, SessionOptions.defaults().withJitterSeed(5));
    private final FakeOvsdbClient client = new FakeOvsdbClient("one", Fixtures.vswitchSchema());
    private final ReplicaSpec spec = ReplicaSpec.of(DB,
            List.of(io.ovsguard.ovsdb.monitor.MonitorRequest.allOf("Bridge")));

    @AfterEach
    void close() {
        session.close();
    }

    private static TableUpdates bridge(Uuid uuid, RowUpdate update) {
        return new TableUpdates(Map.of("Bridge", Map.of(uuid, update)));
    }

    private static RowUpdate.Initial named(String name) {
        return new RowUpdate.Initial(Row.of(Map.of("name", OvsdbSet.ofStrings(name))));
    }

    private static MonitorSubscription subscription(MonitorMethod method, TableUpdates initial, boolean resumed,
            Optional<Uuid> txn) {
        return new MonitorSubscription(DB, "m", method, initial, resumed, txn);
    }

    private FakeOvsdbClient.MonitorCall monitorCall(FakeOvsdbClient on, int index) throws InterruptedException {
        Eventually.until("monitor request " + index, () -> on.monitors.size() > index);
        return on.monitors.get(index);
    }

    private CompletableFuture<Replica> startConnected() throws InterruptedException {
        CompletableFuture<Replica> started = Replica.start(session, spec);
        connector.nextAttempt().complete(client);
        return started;
    }

    @Test
    void fallsBackFromMonitorCondSinceToMonitorCondToMonitorOnUnknownMethod() throws Exception {
        CompletableFuture<Replica> started = startConnected();
        RpcErrorException unknown = new RpcErrorException("monitor_cond_since", RpcError.UNKNOWN_METHOD);

        monitorCall(client, 0).reply().completeExceptionally(unknown);
        monitorCall(client, 1).reply().completeExceptionally(unknown);
        FakeOvsdbClient.MonitorCall plain = monitorCall(client, 2);
        plain.reply().complete(subscription(MonitorMethod.MONITOR, bridge(BR0, named("br0")), false,
                Optional.empty()));

        Replica replica = started.get(5, TimeUnit.SECONDS);
        assertThat(client.monitors).extracting(FakeOvsdbClient.MonitorCall::method).containsExactly(
                MonitorMethod.MONITOR_COND_SINCE, MonitorMethod.MONITOR_COND, MonitorMethod.MONITOR);
        assertThat(plain.requests()).allSatisfy(r -> assertThat(r.where()).isEmpty());
        assertThat(replica.monitorMethod()).contains(MonitorMethod.MONITOR);
        assertThat(replica.snapshot().vswitch().bridgeNamed("br0")).isPresent();
    }

    @Test
    void updatesThatArriveBeforeTheMonitorReplyAreAppliedAfterItInOrder() throws Exception {
        CompletableFuture<Replica> started = startConnected();
        FakeOvsdbClient.MonitorCall call = monitorCall(client, 0);
        call.listener().onUpdate(new MonitorNotification(MonitorMethod.MONITOR_COND_SINCE, "m", Optional.of(TXN2),
                bridge(BR1, new RowUpdate.Inserted(Row.of(Map.of("name", OvsdbSet.ofStrings("br1")))))));

        call.reply().complete(subscription(MonitorMethod.MONITOR_COND_SINCE, bridge(BR0, named("br0")), false,
                Optional.of(TXN1)));

        Replica replica = started.get(5, TimeUnit.SECONDS);
        assertThat(replica.snapshot().table("Bridge").size()).isEqualTo(2);
        assertThat(replica.snapshot().lastTxnId()).contains(TXN2);
    }

    @Test
    void aModifyOfAnUnknownRowMakesTheReplicaReloadFromScratch() throws Exception {
        CompletableFuture<Replica> started = startConnected();
        FakeOvsdbClient.MonitorCall first = monitorCall(client, 0);
        first.reply().complete(subscription(MonitorMethod.MONITOR_COND_SINCE, bridge(BR0, named("br0")), false,
                Optional.of(TXN1)));
        Replica replica = started.get(5, TimeUnit.SECONDS);
        List<ReplicaChange> changes = new CopyOnWriteArrayList<>();
        replica.addListener(changes::add);

        first.listener().onUpdate(new MonitorNotification(MonitorMethod.MONITOR_COND_SINCE, "m", Optional.of(TXN2),
                bridge(BR1, RowUpdate.Modified.withDiff(new RowDiff(Map.of("name", OvsdbSet.ofStrings("x")))))));

        FakeOvsdbClient.MonitorCall reload = monitorCall(client, 1);
        assertThat(reload.lastTxnId()).as("a reload never resumes").isEmpty();
        assertThat(client.cancelled).hasSize(1);
        reload.reply().complete(subscription(MonitorMethod.MONITOR_COND_SINCE, bridge(BR1, named("br1")), false,
                Optional.of(TXN2)));

        replica.awaitCondition(s -> s.vswitch().bridgeNamed("br1").isPresent(), Duration.ofSeconds(5))
                .get(10, TimeUnit.SECONDS);
        assertThat(replica.snapshot().vswitch().bridgeNamed("br0")).isEmpty();
        assertThat(replica.fullLoads()).isEqualTo(2);
        Eventually.until("listener heard the reload", () -> changes.stream().anyMatch(ReplicaChange::resync));
        // updates of the replaced monitor are ignored
        first.listener().onUpdate(new MonitorNotification(MonitorMethod.MONITOR_COND_SINCE, "m", Optional.empty(),
                bridge(BR0, named("stale"))));
        assertThat(replica.snapshot().table("Bridge").size()).isEqualTo(1);
    }

    @Test
    void afterAReconnectItAsksToResumeFromTheLastTransactionAndAppliesOnlyTheDifference() throws Exception {
        CompletableFuture<Replica> started = startConnected();
        monitorCall(client, 0).reply().complete(subscription(MonitorMethod.MONITOR_COND_SINCE,
                bridge(BR0, named("br0")), false, Optional.of(TXN1)));
        Replica replica = started.get(5, TimeUnit.SECONDS);

        client.drop();
        FakeOvsdbClient second = new FakeOvsdbClient("two", Fixtures.vswitchSchema());
        connector.nextAttempt().complete(second);
        FakeOvsdbClient.MonitorCall resume = monitorCall(second, 0);
        assertThat(resume.lastTxnId()).contains(TXN1);
        resume.reply().complete(subscription(MonitorMethod.MONITOR_COND_SINCE,
                bridge(BR1, new RowUpdate.Inserted(Row.of(Map.of("name", OvsdbSet.ofStrings("br1"))))), true,
                Optional.of(TXN2)));

        replica.awaitCondition(s -> s.table("Bridge").size() == 2, Duration.ofSeconds(5)).get(10, TimeUnit.SECONDS);
        assertThat(replica.fullLoads()).as("resumed, not reloaded").isEqualTo(1);
        assertThat(replica.snapshot().lastTxnId()).contains(TXN2);
    }

    @Test
    void changesPublishedWhileAListenerIsBusyReachItAsOneStepInOrder()
            throws Exception {
        CompletableFuture<Replica> started = startConnected();
        FakeOvsdbClient.MonitorCall call = monitorCall(client, 0);
        call.reply().complete(subscription(MonitorMethod.MONITOR_COND_SINCE, bridge(BR0, named("br0")), false,
                Optional.of(TXN1)));
        Replica replica = started.get(5, TimeUnit.SECONDS);
        // the first contents are delivered before the listener is added
        replica.awaitCondition(s -> true, Duration.ofSeconds(5)).get(10, TimeUnit.SECONDS);
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<ReplicaChange> changes = new CopyOnWriteArrayList<>();
        replica.addListener(change -> {
            changes.add(change);
            entered.countDown();
            await(release);
        });

        call.listener().onUpdate(rename(1, TXN1));
        assertThat(entered.await(5, TimeUnit.SECONDS)).as("the listener is busy with the first update").isTrue();
        for (int i = 2; i <= 50; i++) {
            call.listener().onUpdate(rename(i, i == 50 ? TXN2 : TXN1));
        }
        release.countDown();

        ReplicaSnapshot last = replica.awaitCondition(s -> s.vswitch().bridgeNamed("br-50").isPresent(),
                Duration.ofSeconds(5)).get(10, TimeUnit.SECONDS);
        Eventually.until("both changes delivered", () -> changes.size() == 2);
        assertThat(changes.get(0).current().vswitch().bridgeNamed("br-1")).isPresent();
        assertThat(changes.get(1).previous()).isSameAs(changes.get(0).current());
        assertThat(changes.get(1).current()).isSameAs(last);
        assertThat(last.sequence()).as("every update is its own snapshot")
                .isEqualTo(changes.get(0).current().sequence() + 49);
        assertThat(last.lastTxnId()).contains(TXN2);
        assertThat(changes.get(1).updates().rows("Bridge").get(BR0).newRow().orElseThrow().get("name"))
                .contains(OvsdbSet.ofStrings("br-50"));
    }

    @Test
    void withoutListenersEveryAppliedUpdateIsTestedAndTheWaitCompletesOnTheReplicasThread() throws Exception {
        CompletableFuture<Replica> started = startConnected();
        FakeOvsdbClient.MonitorCall call = monitorCall(client, 0);
        call.reply().complete(subscription(MonitorMethod.MONITOR_COND_SINCE, bridge(BR0, named("br0")), false,
                Optional.of(TXN1)));
        Replica replica = started.get(5, TimeUnit.SECONDS);
        assertThat(call.listener()).as("applied where the update is read")
                .isInstanceOf(io.ovsguard.ovsdb.monitor.NonBlockingUpdateListener.class);
        CompletableFuture<ReplicaSnapshot> midway = replica.awaitCondition(
                s -> s.vswitch().bridgeNamed("br-25").isPresent(), Duration.ofSeconds(5));
        CompletableFuture<String> completedOn = midway.thenApply(s -> Thread.currentThread().getName());

        for (int i = 1; i <= 50; i++) {
            call.listener().onUpdate(rename(i, TXN1));
        }

        assertThat(replica.snapshot().vswitch().bridgeNamed("br-50")).as("applied before onUpdate returned")
                .isPresent();
        // before midway.get(): a thread waiting in get() may itself run the dependent stages of a completed future
        assertThat(completedOn.get(10, TimeUnit.SECONDS)).startsWith("ovsdb-replica-");
        assertThat(midway.get(10, TimeUnit.SECONDS).vswitch().bridgeNamed("br-25"))
                .as("a state that lasted one update is still seen").isPresent();
    }

    private static MonitorNotification rename(int i, Uuid txn) {
        return new MonitorNotification(MonitorMethod.MONITOR_COND_SINCE, "m", Optional.of(txn),
                bridge(BR0, RowUpdate.Modified.withDiff(new RowDiff(Map.of("name", OvsdbSet.ofStrings("br-" + i))))));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void awaitConditionFailsWithATimeoutWhenTheConditionNeverHolds() throws Exception {
        CompletableFuture<Replica> started = startConnected();
        monitorCall(client, 0).reply().complete(subscription(MonitorMethod.MONITOR_COND_SINCE,
                TableUpdates.empty(), false, Optional.empty()));
        Replica replica = started.get(5, TimeUnit.SECONDS);

        assertThat(replica.awaitCondition(s -> false, Duration.ofMillis(50))).failsWithin(Duration.ofSeconds(5))
                .withThrowableThat().withCauseInstanceOf(ReplicaTimeoutException.class);
    }
}
