package io.ovsguard.it.session;

import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.ClientOptions;
import io.ovsguard.ovsdb.ClientResources;
import io.ovsguard.ovsdb.OvsdbClients;
import io.ovsguard.ovsdb.replica.Replica;
import io.ovsguard.ovsdb.replica.ReplicaSnapshot;
import io.ovsguard.ovsdb.replica.ReplicaSpec;
import io.ovsguard.ovsdb.session.OvsdbSession;
import io.ovsguard.ovsdb.session.ReconnectBackoff;
import io.ovsguard.ovsdb.session.RemoteListConnector;
import io.ovsguard.ovsdb.session.SessionOptions;
import io.ovsguard.ovsdb.session.SessionState;
import io.ovsguard.sandbox.OvsSandbox;
import io.ovsguard.sandbox.SandboxSpec;
import io.ovsguard.sandbox.Signal;
import java.io.IOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One sandbox ovsdb-server (unix + tcp), a {@link CuttingProxy} in front of its tcp port, and a
 * session plus replica connected through the proxy. {@link #round} runs a stream of marked
 * transactions, injects one fault in the middle and audits the result.
 */
final class FaultRig implements AutoCloseable {

    static final Duration PROBE = Duration.ofMillis(400);
    private static final Duration SETTLE = Duration.ofSeconds(30);

    /** What one round found. */
    record RoundResult(Fault fault, Map<MarkedWorkload.Reported, Integer> reported, List<String> violations,
            boolean replicaMatches, Duration deadPeerDetection) {

        boolean passed() {
            return violations.isEmpty() && replicaMatches;
        }
    }

    private final OvsSandbox sandbox;
    private final CuttingProxy proxy;
    private final ClientResources resources = ClientResources.create();
    private final OvsdbSession session;
    private final Replica replica;
    private final ClientOptions auditOptions;
    private final Map<String, MarkedWorkload.Reported> ledger = new ConcurrentHashMap<>();
    private int rounds;

    FaultRig() throws IOException {
        this.sandbox = OvsSandbox.start(SandboxSpec.builder().tcp().stopTimeout(Duration.ofSeconds(5)).build());
        this.proxy = new CuttingProxy(sandbox.tcpPort().orElseThrow());
        ClientOptions options = ClientOptions.builder().inactivityProbe(PROBE).requestTimeout(Duration.ofSeconds(10))
                .connectTimeout(Duration.ofSeconds(2)).build();
        SessionOptions sessionOptions = SessionOptions.defaults()
                .withBackoff(new ReconnectBackoff(Duration.ofMillis(20), Duration.ofMillis(500), 2.0, 0.5))
                .withConnectWait(SETTLE).withOutcomeCheckWait(SETTLE).withJitterSeed(42);
        this.session = OvsdbSession.start(RemoteListConnector.parse(proxy.remote(), options, resources),
                sessionOptions);
        this.replica = Replica.start(session, ReplicaSpec.allTables(MarkedWorkload.DB)).join();
        this.auditOptions = options.mutate().inactivityProbe(Duration.ZERO).build();
    }

    OvsSandbox sandbox() {
        return sandbox;
    }

    Replica replica() {
        return replica;
    }

    OvsdbSession session() {
        return session;
    }

    RoundResult round(Fault fault, int transactions) throws Exception {
        int round = ++rounds;
        MarkedWorkload workload = new MarkedWorkload(session, fault.name().toLowerCase() + "-" + round + "-", 4);
        Duration detection = Duration.ZERO;
        int faultAt = transactions / 3;
        for (int n = 0; n < transactions; n++) {
            if (n == faultAt) {
                detection = inject(fault);
            }
            workload.send(n);
        }
        workload.awaitAll();
        ledger.putAll(workload.reported());
        Map<String, Map<io.ovsguard.ovsdb.notation.Uuid, Map<String, io.ovsguard.ovsdb.notation.Datum>>> dump;
        try (BlockingOvsdbClient audit = OvsdbClients.connectBlocking(sandbox.unixRemote(), auditOptions)) {
            dump = DatabaseAudit.dump(audit, replica.snapshot().tables().keySet());
        }
        List<String> violations = DatabaseAudit.violations(ledger, DatabaseAudit.markerCounts(dump));
        boolean matches;
        try {
            replica.awaitCondition(s -> DatabaseAudit.contents(s).equals(dump), SETTLE).get(SETTLE.toSeconds() + 5,
                    TimeUnit.SECONDS);
            matches = true;
        } catch (java.util.concurrent.ExecutionException e) {
            matches = false;
        }
        Map<MarkedWorkload.Reported, Integer> counts = new EnumMap<>(MarkedWorkload.Reported.class);
        workload.reported().values().forEach(r -> counts.merge(r, 1, Integer::sum));
        return new RoundResult(fault, counts, violations, matches, detection);
    }

    /** Injects the fault; for STOP_SERVER returns how long the probe took to notice. */
    private Duration inject(Fault fault) throws Exception {
        switch (fault) {
            case KILL_SERVER:
                sandbox.signalOvsdbServer(Signal.KILL);
                if (!sandbox.awaitOvsdbServerExit(Duration.ofSeconds(10))) {
                    throw new IllegalStateException("ovsdb-server survived SIGKILL");
                }
                sandbox.restartOvsdbServer();
                return Duration.ZERO;
            case STOP_SERVER:
                awaitState(SessionState.CONNECTED);
                long start = System.nanoTime();
                sandbox.signalOvsdbServer(Signal.STOP);
                try {
                    awaitNotConnected();
                    return Duration.ofNanos(System.nanoTime() - start);
                } finally {
                    sandbox.signalOvsdbServer(Signal.CONT);
                }
            case CUT_SERVER_TO_CLIENT:
                proxy.arm(CuttingProxy.Direction.SERVER_TO_CLIENT);
                return Duration.ZERO;
            default:
                proxy.arm(CuttingProxy.Direction.CLIENT_TO_SERVER);
                return Duration.ZERO;
        }
    }

    int proxyCuts() {
        return proxy.cuts();
    }

    private void awaitState(SessionState wanted) throws InterruptedException {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (session.state() != wanted) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("session not " + wanted + " within " + SETTLE);
            }
            Thread.sleep(5);
        }
    }

    private void awaitNotConnected() throws InterruptedException {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (session.state() == SessionState.CONNECTED) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the probe did not notice a stopped server within " + SETTLE);
            }
            Thread.sleep(5);
        }
    }

    @Override
    public void close() throws IOException {
        replica.close();
        session.close();
        proxy.close();
        resources.close();
        sandbox.close();
    }
}
