package io.ovsguard.it.cluster;

import io.ovsguard.ovsdb.OvsdbClient;
import io.ovsguard.ovsdb.cluster.ClusterConnector;
import io.ovsguard.ovsdb.result.TransactResult;
import io.ovsguard.sandbox.ClusterSandbox;
import io.ovsguard.sandbox.Polling;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One injected fault for the cluster soak and its IT: while a client streams inserts to the leader (through a
 * leader-only {@link ClusterConnector}, several in flight), SIGKILL the leader; on connection loss reconnect through
 * the connector and keep going; then restart the killed member, wait for it to rejoin, settle every "outcome unknown"
 * by reading its key, and check every key against the database.
 */
final class LeaderKillFault {
    private static final Logger log = LoggerFactory.getLogger(LeaderKillFault.class);
    private static final int IN_FLIGHT = 4;
    private static final Duration TRANSACT_TIMEOUT = Duration.ofSeconds(10);

    private final ClusterSandbox cluster;
    private final ClusterConnector connector;
    private final KeyedInserts inserts;
    private final Duration deadline;
    private final AtomicReference<OvsdbClient> client = new AtomicReference<>();

    LeaderKillFault(ClusterSandbox cluster, ClusterConnector connector, KeyedInserts inserts, Duration deadline) {
        this.cluster = cluster;
        this.connector = connector;
        this.inserts = inserts;
        this.deadline = deadline;
    }

    /**
     * Streams {@code before} inserts, kills the leader while more are in flight, and goes on until {@code after}
     * inserts committed on the new leader. Keys start at {@code firstKey} and must be unique within the run.
     */
    FaultOutcome inject(long firstKey, int before, int after) {
        Map<Long, TransactionOutcome> outcomes = new ConcurrentHashMap<>();
        Deque<CompletableFuture<?>> inFlight = new ArrayDeque<>();
        AtomicInteger committedAfterKill = new AtomicInteger();
        CompletableFuture<Integer> kill = null;
        long killSent = 0;
        long reconnectedAt = 0;
        long key = firstKey;
        long limit = firstKey + before + after + 10_000L;
        ensureConnected();
        while (kill == null || !kill.isDone() || committedAfterKill.get() < after) {
            if (key >= limit) {
                throw new IllegalStateException("no " + after + " commits after the kill within " + (limit - firstKey)
                        + " transactions; " + cluster.describe());
            }
            OvsdbClient current = client.get();
            if (!current.isConnected()) {
                drain(inFlight);
                ensureConnected();
                if (kill != null && reconnectedAt == 0) {
                    reconnectedAt = System.nanoTime();
                }
                continue;
            }
            if (key - firstKey == before && kill == null) {
                killSent = System.nanoTime();
                // another thread, so transactions are in flight while the leader dies
                kill = CompletableFuture.supplyAsync(cluster::killLeader, runnable -> new Thread(runnable,
                        "leader-killer").start());
            }
            long k = key++;
            boolean afterKill = kill != null && kill.isDone();
            CompletableFuture<TransactResult> sent = current.transact(inserts.insert(k), TRANSACT_TIMEOUT);
            inFlight.add(sent.handle((result, error) -> {
                TransactionOutcome outcome = TransactionOutcome.of(result, error);
                outcomes.put(k, outcome);
                if (outcome == TransactionOutcome.COMMITTED && afterKill) {
                    committedAfterKill.incrementAndGet();
                }
                return outcome;
            }));
            if (inFlight.size() >= IN_FLIGHT) {
                inFlight.removeFirst().join();
            }
        }
        drain(inFlight);
        int killed = kill.join();
        int newLeader = cluster.awaitLeaderOtherThan(killed, deadline);
        cluster.restartMember(killed);
        boolean rejoined = cluster.member(killed).status().isMember();
        ensureConnected();
        FaultOutcome outcome = check(outcomes, firstKey, killed, newLeader, rejoined,
                reconnectedAt == 0 ? 0 : Duration.ofNanos(reconnectedAt - killSent).toMillis());
        log.info("leader kill: member {} killed, member {} leads; {} transactions, {} committed, {} failed, unknown "
                + "{} present / {} absent, reconnected after {} ms; violations {}", killed, newLeader,
                outcome.transactions(), outcome.committed(), outcome.failed(), outcome.unknownPresent(),
                outcome.unknownAbsent(), outcome.reconnectMillis(), outcome.violations());
        return outcome;
    }

    /** Closes the current connection, if any. */
    void close() {
        Optional.ofNullable(client.getAndSet(null)).ifPresent(OvsdbClient::close);
    }

    private FaultOutcome check(Map<Long, TransactionOutcome> outcomes, long firstKey, int killed, int newLeader,
            boolean rejoined, long reconnectMs) {
        Map<Long, Integer> present = inserts.countAll(client.get(), TRANSACT_TIMEOUT).join();
        List<String> violations = new ArrayList<>();
        int committed = 0;
        int failed = 0;
        int unknownPresent = 0;
        int unknownAbsent = 0;
        for (Map.Entry<Long, TransactionOutcome> e : outcomes.entrySet()) {
            int count = present.getOrDefault(e.getKey(), 0);
            if (e.getValue() == TransactionOutcome.COMMITTED) {
                committed++;
                if (count != 1) {
                    violations.add("key " + e.getKey() + " committed but present " + count + " times");
                }
            } else if (e.getValue() == TransactionOutcome.FAILED) {
                failed++;
                if (count != 0) {
                    violations.add("key " + e.getKey() + " failed but present " + count + " times");
                }
            } else {
                // settle it as a client would: read the key, here from the leader the connector found
                int settled = inserts.count(client.get(), e.getKey(), TRANSACT_TIMEOUT).join();
                if (settled != count || settled > 1) {
                    violations.add("key " + e.getKey() + " with unknown outcome present " + settled + " times");
                } else if (settled == 1) {
                    unknownPresent++;
                } else {
                    unknownAbsent++;
                }
            }
        }
        for (Long k : present.keySet()) {
            // earlier faults of the same run used lower keys
            if (k >= firstKey && !outcomes.containsKey(k)) {
                violations.add("key " + k + " present but never sent in this fault");
            }
        }
        return new FaultOutcome(killed, newLeader, rejoined, committed, failed, unknownPresent, unknownAbsent, reconnectMs,
                violations);
    }

    private void ensureConnected() {
        OvsdbClient current = client.get();
        if (current != null && current.isConnected()) {
            return;
        }
        if (current != null) {
            current.close();
        }
        AtomicReference<Throwable> last = new AtomicReference<>();
        boolean connected = Polling.await(() -> {
            try {
                client.set(connector.connect().join());
                return true;
            } catch (RuntimeException e) {
                last.set(e);
                return false;
            }
        }, deadline, Duration.ofMillis(100));
        if (!connected) {
            throw new IllegalStateException("no usable leader within " + deadline + "; " + cluster.describe(),
                    last.get());
        }
    }

    private static void drain(Deque<CompletableFuture<?>> inFlight) {
        while (!inFlight.isEmpty()) {
            inFlight.removeFirst().join();
        }
    }
}
