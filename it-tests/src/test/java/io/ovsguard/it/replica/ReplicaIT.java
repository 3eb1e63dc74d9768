package io.ovsguard.it.replica;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.ovsdb.ClientOptions;
import io.ovsguard.ovsdb.ClientResources;
import io.ovsguard.ovsdb.monitor.MonitorMethod;
import io.ovsguard.ovsdb.monitor.MonitorRequest;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.replica.CommitReport;
import io.ovsguard.ovsdb.replica.OpenVswitchRow;
import io.ovsguard.ovsdb.replica.Replica;
import io.ovsguard.ovsdb.replica.ReplicaSnapshot;
import io.ovsguard.ovsdb.replica.ReplicaSpec;
import io.ovsguard.ovsdb.session.OutcomeCheck;
import io.ovsguard.ovsdb.session.OvsdbSession;
import io.ovsguard.ovsdb.session.ReconnectBackoff;
import io.ovsguard.ovsdb.session.RemoteListConnector;
import io.ovsguard.ovsdb.session.SessionOptions;
import io.ovsguard.ovsdb.session.SessionState;
import io.ovsguard.sandbox.OvsSandbox;
import io.ovsguard.sandbox.junit.OvsSandboxExtension;
import io.ovsguard.sandbox.junit.RequiresOvs;
import io.ovsguard.sandbox.junit.WithSandbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The replica against a real ovsdb-server: changes by others, restarts, conditions, optimistic commits, locks. */
@RequiresOvs
@ExtendWith(OvsSandboxExtension.class)
class ReplicaIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String DB = "Open_vSwitch";

    @WithSandbox
    OvsSandbox sandbox;

    private final ClientResources resources = ClientResources.create();
    private OvsdbSession session;

    @BeforeEach
    void openSession() {
        ClientOptions options = ClientOptions.builder().inactivityProbe(Duration.ofMillis(500))
                .requestTimeout(Duration.ofSeconds(10)).build();
        session = OvsdbSession.start(RemoteListConnector.parse(sandbox.unixRemote(), options, resources),
                SessionOptions.defaults().withJitterSeed(1)
                        .withBackoff(new ReconnectBackoff(Duration.ofMillis(20), Duration.ofMillis(300), 2, 0.5)));
    }

    @AfterEach
    void closeSession() {
        session.close();
        resources.close();
    }

    private Replica replica(ReplicaSpec spec) throws Exception {
        return Replica.start(session, spec).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private ReplicaSnapshot await(Replica replica, java.util.function.Predicate<ReplicaSnapshot> condition)
            throws Exception {
        return replica.awaitCondition(condition, WAIT).get(WAIT.toSeconds() + 5, TimeUnit.SECONDS);
    }

    @Test
    void replicaSeesChangesMadeByAnotherClientInOrder() throws Exception {
        try (Replica replica = replica(ReplicaSpec.allTables(DB))) {
            List<Long> sequences = new CopyOnWriteArrayList<>();
            replica.addListener(change -> sequences.add(change.current().sequence()));

            sandbox.vsctl("--no-wait", "add-br", "br0", "--", "set", "bridge", "br0", "external_ids:k=v").orThrow();
            ReplicaSnapshot seen = await(replica, s -> s.vswitch().bridgeNamed("br0").isPresent());

            assertThat(replica.monitorMethod()).contains(MonitorMethod.MONITOR_COND_SINCE);
            var bridge = seen.vswitch().bridgeNamed("br0").orElseThrow();
            assertThat(bridge.externalIds()).containsEntry("k", "v");
            var port = seen.vswitch().port(bridge.ports().get(0)).orElseThrow();
            assertThat(port.name()).isEqualTo("br0");
            assertThat(seen.vswitch().iface(port.interfaces().get(0)).orElseThrow().type()).isEqualTo("internal");
            assertThat(seen.vswitch().openVswitch().map(OpenVswitchRow::bridges).orElseThrow())
                    .containsExactly(bridge.uuid());
            assertThat(seen.table("Port").size()).isEqualTo(1);
            await(replica, s -> !sequences.isEmpty() && sequences.get(sequences.size() - 1) == seen.sequence()
                    || sequences.contains(seen.sequence()));
            assertThat(sequences).isSorted().doesNotHaveDuplicates();
        }
    }

    @Test
    void replicaReloadsAfterTheServerRestartsAndSeesLaterChanges() throws Exception {
        try (Replica replica = replica(ReplicaSpec.allTables(DB))) {
            sandbox.vsctl("--no-wait", "add-br", "before").orThrow();
            await(replica, s -> s.vswitch().bridgeNamed("before").isPresent());
            long loads = replica.fullLoads();

            sandbox.stopOvsdbServer();
            sandbox.restartOvsdbServer();
            sandbox.vsctl("--no-wait", "add-br", "after").orThrow();

            ReplicaSnapshot seen = await(replica, s -> s.vswitch().bridgeNamed("after").isPresent());
            assertThat(seen.vswitch().bridgeNamed("before")).isPresent();
            assertThat(replica.fullLoads()).as("a standalone server cannot resume, so it reloads").isGreaterThan(loads);
            // the replica reloads inside the session's connection hook, just before the session counts as connected
            awaitConnected();
            assertThat(session.state()).isEqualTo(SessionState.CONNECTED);
        }
    }

    @Test
    void conditionsChosenAtStartCanBeChangedAtRunTime() throws Exception {
        sandbox.vsctl("--no-wait", "add-br", "a", "--", "add-br", "b").orThrow();
        MonitorRequest onlyA = MonitorRequest.columnsOf("Bridge", List.of("name", "ports"))
                .withWhere(List.of(Condition.equal("name", Atom.string("a"))));
        try (Replica replica = replica(ReplicaSpec.of(DB, List.of(onlyA)))) {
            assertThat(names(replica.snapshot())).containsExactly("a");

            replica.changeConditions("Bridge", List.of(Condition.equal("name", Atom.string("b"))))
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS);

            ReplicaSnapshot changed = await(replica, s -> names(s).equals(List.of("b")));
            assertThat(changed.table("Bridge").rows().get(0).columnNames()).containsExactly("name", "ports");
        }
    }

    @Test
    void optimisticCommitRetriesWhenWhatItReadChangedMeanwhile() throws Exception {
        try (Replica replica = replica(ReplicaSpec.allTables(DB))) {
            AtomicInteger runs = new AtomicInteger();
            CommitReport report = replica.commit(tx -> {
                Row root = tx.find("Open_vSwitch", r -> true, "external_ids").get(0);
                if (runs.incrementAndGet() == 1) {
                    // another writer changes what this attempt has just read
                    sandbox.vsctl("--no-wait", "set", "Open_vSwitch", ".", "external_ids:counter=5").orThrow();
                }
                long counter = ((OvsdbMap) root.get("external_ids").orElseThrow()).get(Atom.string("counter"))
                        .map(a -> Long.parseLong(((io.ovsguard.ovsdb.notation.StringAtom) a).value())).orElse(0L);
                tx.writes().update("Open_vSwitch", List.of(Condition.uuidIs(root.uuid().orElseThrow())),
                        Row.of(Map.of("external_ids", OvsdbMap.ofStrings(Map.of("counter",
                                Long.toString(counter + 1))))));
            }, OutcomeCheck.none(), 5).get(WAIT.toSeconds(), TimeUnit.SECONDS);

            assertThat(report.isCommitted()).isTrue();
            assertThat(report.attempts()).isEqualTo(2);
            assertThat(sandbox.vsctl("get", "Open_vSwitch", ".", "external_ids:counter").orThrow().stdout().strip())
                    .isEqualTo("\"6\"");
        }
    }

    @Test
    void lockIsTakenAgainAfterTheServerRestarts() throws Exception {
        assertThat(session.lock("ovsguard_it").get(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(session.holdsLock("ovsguard_it")).isTrue();

        sandbox.stopOvsdbServer();
        sandbox.restartOvsdbServer();

        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!(session.state() == SessionState.CONNECTED && session.holdsLock("ovsguard_it"))
                && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(session.holdsLock("ovsguard_it")).isTrue();
    }

    @Test
    void aLockTheServerRefusesFailsTheCallButNotTheSession() throws Exception {
        var refused = session.lock("not a lock id");

        assertThat(refused).failsWithin(WAIT).withThrowableThat()
                .withCauseInstanceOf(io.ovsguard.ovsdb.error.RpcErrorException.class);
        assertThat(session.lock("fine_lock").get(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(session.state()).isEqualTo(SessionState.CONNECTED);
    }

    private void awaitConnected() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (session.state() != SessionState.CONNECTED && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    private static List<String> names(ReplicaSnapshot snapshot) {
        List<String> names = new ArrayList<>();
        snapshot.vswitch().bridges().forEach(b -> names.add(b.name()));
        names.sort(null);
        return names;
    }
}
