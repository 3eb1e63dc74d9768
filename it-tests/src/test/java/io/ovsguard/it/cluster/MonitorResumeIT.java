package io.ovsguard.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.it.support.Clients;
import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.MonitorSubscription;
import io.ovsguard.ovsdb.OvsdbClients;
import io.ovsguard.ovsdb.monitor.MonitorMethod;
import io.ovsguard.ovsdb.monitor.MonitorNotification;
import io.ovsguard.ovsdb.monitor.MonitorRequest;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.sandbox.ClusterSandbox;
import io.ovsguard.sandbox.Polling;
import io.ovsguard.sandbox.junit.ClusterSandboxExtension;
import io.ovsguard.sandbox.junit.RequiresOvs;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code monitor_cond_since} on a clustered database: the server gives real transaction ids, and a client that
 * reconnects, to the same member or another one, even after the leader changed, gets only what it missed
 * ({@code found=true}) instead of a full dump. The replica relies on this.
 */
@RequiresOvs
@ExtendWith(ClusterSandboxExtension.class)
class MonitorResumeIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final List<MonitorRequest> QUEUES = List.of(MonitorRequest.allOf(KeyedInserts.TABLE));

    @Test
    void resumesOnAnotherMemberAfterTheLeaderChangedWithOnlyTheMissedRows(ClusterSandbox cluster) {
        KeyedInserts inserts = new KeyedInserts(UUID.randomUUID().toString());
        int leader = cluster.awaitLeader(WAIT);
        int other = leader % cluster.size() + 1;
        List<MonitorNotification> notifications = new CopyOnWriteArrayList<>();
        Optional<Uuid> resumeFrom;
        try (BlockingOvsdbClient writer = leaderClient(cluster);
                BlockingOvsdbClient watcher = OvsdbClients.connectBlocking(cluster.member(leader).tcpRemote(),
                        Clients.OPTIONS)) {
            MonitorSubscription first = watcher.monitor(KeyedInserts.DATABASE, MonitorMethod.MONITOR_COND_SINCE,
                    QUEUES, Optional.empty(), notifications::add);
            assertThat(first.method()).isEqualTo(MonitorMethod.MONITOR_COND_SINCE);
            assertThat(first.lastTxnId()).hasValueSatisfying(id -> assertThat(id).isNotEqualTo(Uuid.ZERO));
            for (long k = 0; k < 3; k++) {
                writer.transact(inserts.insert(k)).orThrow();
            }
            assertThat(Polling.await(() -> rowsNotified(notifications) == 3, WAIT)).isTrue();
            resumeFrom = notifications.get(notifications.size() - 1).lastTxnId();
            assertThat(resumeFrom).isPresent().isNotEqualTo(first.lastTxnId());
        }
        // the watcher is gone; the leader changes and two more rows arrive while nobody watches
        cluster.transferLeadership();
        try (BlockingOvsdbClient writer = leaderClient(cluster)) {
            writer.transact(inserts.insert(3)).orThrow();
            writer.transact(inserts.insert(4)).orThrow();
        }
        cluster.awaitMember(other, WAIT);
        try (BlockingOvsdbClient resumed = OvsdbClients.connectBlocking(cluster.member(other).tcpRemote(),
                Clients.OPTIONS)) {
            assertThat(Polling.await(() -> inserts.count(resumed.async(), 4, WAIT).join() == 1, WAIT)).isTrue();
            MonitorSubscription again = resumed.monitor(KeyedInserts.DATABASE, MonitorMethod.MONITOR_COND_SINCE,
                    QUEUES, resumeFrom, n -> { });

            assertThat(again.resumed()).as("found=true: the member still had the transaction").isTrue();
            assertThat(again.initial().rows(KeyedInserts.TABLE)).hasSize(2);
            assertThat(again.lastTxnId()).isPresent().isNotEqualTo(resumeFrom);
        }
    }

    private static int rowsNotified(List<MonitorNotification> notifications) {
        return notifications.stream().mapToInt(n -> n.updates().rows(KeyedInserts.TABLE).size()).sum();
    }

    @Test
    void anUnknownTransactionIdGetsAFullDumpWithFoundFalse(ClusterSandbox cluster) {
        KeyedInserts inserts = new KeyedInserts(UUID.randomUUID().toString());
        try (BlockingOvsdbClient client = leaderClient(cluster)) {
            client.transact(inserts.insert(1)).orThrow();
            MonitorSubscription sub = client.monitor(KeyedInserts.DATABASE, MonitorMethod.MONITOR_COND_SINCE, QUEUES,
                    Optional.of(Uuid.random()), n -> { });

            assertThat(sub.resumed()).isFalse();
            assertThat(sub.initial().rows(KeyedInserts.TABLE)).hasSize(1);
            assertThat(sub.lastTxnId()).hasValueSatisfying(id -> assertThat(id).isNotEqualTo(Uuid.ZERO));
        }
    }

    private static BlockingOvsdbClient leaderClient(ClusterSandbox cluster) {
        return OvsdbClients.connectBlocking(cluster.member(cluster.awaitLeader(WAIT)).tcpRemote(), Clients.OPTIONS);
    }
}
