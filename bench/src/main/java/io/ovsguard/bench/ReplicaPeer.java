package io.ovsguard.bench;

import io.ovsguard.ovsdb.ClientOptions;
import io.ovsguard.ovsdb.ClientResources;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.replica.InterfaceRow;
import io.ovsguard.ovsdb.replica.Replica;
import io.ovsguard.ovsdb.replica.ReplicaSpec;
import io.ovsguard.ovsdb.session.OvsdbSession;
import io.ovsguard.ovsdb.session.RemoteListConnector;
import io.ovsguard.ovsdb.session.SessionConnector;
import io.ovsguard.ovsdb.session.SessionOptions;
import io.ovsguard.ovsdb.ConnectionSpec;
import io.ovsguard.ovsdb.direct.DirectOvsdbClients;
import java.util.concurrent.CompletableFuture;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The ovsguard peer of the replica benchmark: the same line protocol as {@code bench/replica_idl_peer.py}
 * (SYNC, ROWS, HEAP, READY, DONE), with a session and a replica of the whole Open_vSwitch database.
 * Usage: {@code ReplicaPeer <remote> <interfaces> <last-name> <tag>...}. Prints to stdout: it is a
 * benchmark program, not library code.
 */
public final class ReplicaPeer {

    private ReplicaPeer() {
    }

    public static void main(String[] args) throws Exception {
        String remote = args[0];
        int interfaces = Integer.parseInt(args[1]);
        String lastName = args[2];
        List<String> tags = List.of(args).subList(3, args.length);

        long baseline = usedHeapAfterGc();
        boolean threads = Boolean.getBoolean("bench.threads");
        Map<String, Double> threadsBefore = ThreadCpu.byGroup();
        try (ClientResources resources = ClientResources.create()) {
            long start = System.nanoTime();
            double cpuStart = cpuSeconds();
            ClientOptions options = ClientOptions.builder().requestTimeout(Duration.ofMinutes(2)).build();
            // -Dbench.replica.transport=direct: the Netty-free connection (a reading thread on a blocking socket)
            SessionConnector connector = "direct".equals(System.getProperty("bench.replica.transport"))
                    ? () -> CompletableFuture.supplyAsync(() -> DirectOvsdbClients.connect(
                            ConnectionSpec.parseActive(remote), options))
                    : RemoteListConnector.parse(remote, options, resources);
            OvsdbSession session = OvsdbSession.start(connector, SessionOptions.defaults());
            Replica replica = Replica.start(session, ReplicaSpec.allTables("Open_vSwitch"))
                    .get(5, TimeUnit.MINUTES);
            replica.awaitCondition(s -> s.table("Interface").size() >= interfaces, Duration.ofMinutes(5))
                    .get(6, TimeUnit.MINUTES);
            say(String.format("SYNC %.6f %.3f", (System.nanoTime() - start) / 1e9, cpuSeconds() - cpuStart));
            threadsBefore = report(threads, "sync", threadsBefore);
            say("ROWS " + replica.snapshot().rowCount());
            say("HEAP " + (usedHeapAfterGc() - baseline));

            Uuid last = replica.snapshot().vswitch().interfaceNamed(lastName).map(InterfaceRow::uuid).orElseThrow();
            threadsBefore = report(threads, "heap", threadsBefore);
            say(String.format("READY %.3f", cpuSeconds()));
            for (String tag : tags) {
                replica.awaitCondition(s -> s.table("Interface").get(last)
                        .flatMap(r -> r.get("external_ids"))
                        .map(ids -> ((OvsdbMap) ids).get(Atom.string("burst")).filter(Atom.string(tag)::equals)
                                .isPresent())
                        .orElse(false), Duration.ofMinutes(5)).get(6, TimeUnit.MINUTES);
                say(String.format("DONE %d %.3f", System.currentTimeMillis(), cpuSeconds()));
                threadsBefore = report(threads, tag + ", at snapshot " + replica.snapshot().sequence(), threadsBefore);
            }
            replica.close();
            session.close();
        }
    }

    /** This process's CPU seconds so far, all threads, user and system. */
    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /**
     * With {@code -Dbench.threads=true}, prints on stderr which threads used the CPU of a step, and the JVM uptime
     * at which the step ended.
     */
    private static Map<String, Double> report(boolean enabled, String step, Map<String, Double> before)
            throws IOException {
        if (!enabled) {
            return before;
        }
        Map<String, Double> now = ThreadCpu.byGroup();
        // the JVM's uptime is the clock of its logs (-Xlog, -XX:+LogCompilation): bench/jit-summary.py takes it
        System.err.printf("peer CPU by thread, %s, until JVM uptime %.3f s: %s%n", step,
                ManagementFactory.getRuntimeMXBean().getUptime() / 1e3, ThreadCpu.delta(before, now));
        return now;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
