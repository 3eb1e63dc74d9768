package io.ovsguard.bench;

import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.ClientOptions;
import io.ovsguard.ovsdb.OvsdbClient;
import io.ovsguard.ovsdb.OvsdbClients;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.NamedUuid;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.op.Mutation;
import io.ovsguard.ovsdb.op.Mutator;
import io.ovsguard.ovsdb.op.Operation;
import io.ovsguard.ovsdb.op.Transaction;
import io.ovsguard.ovsdb.op.TransactionBuilder;
import io.ovsguard.ovsdb.result.TransactResult;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.sandbox.OvsSandbox;
import io.ovsguard.sandbox.SandboxSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The replica benchmark of issue 4, one command ({@code bench/run-replica-bench.sh}): a sandbox
 * ovsdb-server holding a bridge with N ports (N Interface and N Port rows); each peer, as its own
 * process, replicates the whole database (timed initial sync, retained memory after GC), then the
 * harness sends a burst of N single-row updates (pipelined transactions) and the peer reports when
 * it has applied the last one; then the same number of row updates in one transaction (one update
 * notification, so the peer's own decoding and applying dominate). Peers: ovsguard's {@link ReplicaPeer} and OVS's Python IDL
 * ({@code bench/replica_idl_peer.py}), in the same run. Medians of the repetitions; ratios printed.
 *
 * <p>Arguments (optional): interfaces (10000), updates (10000), repetitions (3).
 */
public final class ReplicaBenchmark {

    private static final String DB = "Open_vSwitch";
    private static final String PREFIX = "bp";

    private final OvsSandbox sandbox;
    private final BlockingOvsdbClient writer;
    private final int interfaces;
    private final int updates;
    private final String classPath;
    private int bursts;

    private ReplicaBenchmark(OvsSandbox sandbox, BlockingOvsdbClient writer, int interfaces, int updates,
            String classPath) {
        this.sandbox = sandbox;
        this.writer = writer;
        this.interfaces = interfaces;
        this.updates = updates;
        this.classPath = classPath;
    }

    public static void main(String[] args) throws Exception {
        int interfaces = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int updates = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        if (updates > interfaces) {
            throw new IllegalArgumentException("updates (" + updates + ") must not exceed interfaces (" + interfaces + ")");
        }
        System.out.printf("ovsguard replica benchmark: %d interfaces + ports, burst of %d updates, %d repetitions,"
                + " java %s, %d cores%n", interfaces, updates, repetitions, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        ClientOptions options = ClientOptions.builder().requestTimeout(Duration.ofMinutes(5)).build();
        try (OvsSandbox sandbox = OvsSandbox.start(SandboxSpec.builder().build());
                BlockingOvsdbClient writer = OvsdbClients.connectBlocking(sandbox.unixRemote(), options)) {
            sandbox.vsctl("--no-wait", "add-br", "br0").orThrow();
            writer.transact(addPorts(writer.getSchema(DB), interfaces)).orThrow();
            new ReplicaBenchmark(sandbox, writer, interfaces, updates, System.getProperty("bench.classpath"))
                    .run(repetitions);
        }
    }

    private void run(int repetitions) throws Exception {
        List<ReplicaRun> ours = new ArrayList<>();
        List<ReplicaRun> idl = new ArrayList<>();
        List<Long> idlHeap = new ArrayList<>();
        for (int i = 0; i < repetitions; i++) {
            ours.add(runPeer(javaPeer()));
            idl.add(runPeer(pythonPeer(false)));
            idlHeap.add(pythonHeap());
        }
        ReplicaRun o = ReplicaRun.median(ours);
        ReplicaRun p = ReplicaRun.median(idl);
        long pythonBytes = idlHeap.stream().sorted().toList().get(idlHeap.size() / 2);
        System.out.println();
        System.out.printf("rows replicated                ovsguard %d, python-idl %d%n", o.rows(), p.rows());
        System.out.printf("initial sync, wall              ovsguard %.3f s, python-idl %.3f s, ratio %.2f (target <= 0.5)%n",
                o.syncSeconds(), p.syncSeconds(), o.syncSeconds() / p.syncSeconds());
        System.out.printf("initial sync, peer CPU          ovsguard %.2f s, python-idl %.2f s, ratio %.2f"
                + " (process start included)%n", o.syncCpu(), p.syncCpu(), o.syncCpu() / p.syncCpu());
        System.out.printf("retained memory after GC        ovsguard %.1f MB (%.0f B/row), python-idl %.1f MB (%.0f B/row),"
                + " ratio %.2f (target < 1)%n", o.heapBytes() / 1e6, (double) o.heapBytes() / o.rows(),
                pythonBytes / 1e6, (double) pythonBytes / p.rows(), (double) o.heapBytes() / pythonBytes);
        System.out.printf("burst of %d transactions, wall  ovsguard %.3f s, python-idl %.3f s, ratio %.2f;"
                + " server alone %.3f s%n", updates, o.burstSeconds(), p.burstSeconds(),
                o.burstSeconds() / p.burstSeconds(), Math.max(o.serverSeconds(), p.serverSeconds()));
        System.out.printf("burst of %d transactions, CPU   ovsguard %.2f s, python-idl %.2f s, ratio %.2f"
                + " (target <= 0.5)%n", updates, o.burstCpu(), p.burstCpu(), o.burstCpu() / p.burstCpu());
        System.out.printf("%d rows in one transaction, wall ovsguard %.3f s, python-idl %.3f s, ratio %.2f%n",
                interfaces + 1, o.bulkSeconds(), p.bulkSeconds(), o.bulkSeconds() / p.bulkSeconds());
        System.out.printf("%d rows in one transaction, CPU  ovsguard %.2f s, python-idl %.2f s, ratio %.2f"
                + " (target <= 0.5)%n", interfaces + 1, o.bulkCpu(), p.bulkCpu(), o.bulkCpu() / p.bulkCpu());
    }

    private List<String> javaPeer() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx2g"));
        // e.g. -Dbench.peer.jvm=-XX:StartFlightRecording=filename=/tmp/peer.jfr to profile the peer
        String extra = System.getProperty("bench.peer.jvm", "");
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of("-cp", classPath, ReplicaPeer.class.getName(), sandbox.unixRemote(),
                Integer.toString(interfaces), lastName(), nextTag(), nextTag()));
        return command;
    }

    private List<String> pythonPeer(boolean memory) {
        List<String> command = new ArrayList<>(List.of("/usr/bin/python3", "bench/replica_idl_peer.py",
                sandbox.unixRemote(), "/usr/share/openvswitch/vswitch.ovsschema", Integer.toString(interfaces),
                lastName(), memory ? "unused" : nextTag(), memory ? "unused" : nextTag()));
        if (memory) {
            command.add("--memory");
        }
        return command;
    }

    private long pythonHeap() throws Exception {
        PeerProcess peer = PeerProcess.start(pythonPeer(true));
        peer.expect("SYNC");
        peer.expect("ROWS");
        long heap = Long.parseLong(peer.expect("HEAP"));
        peer.awaitExit();
        return heap;
    }

    private ReplicaRun runPeer(List<String> command) throws Exception {
        String pipelinedTag = command.get(command.size() - 2);
        String bulkTag = command.get(command.size() - 1);
        PeerProcess peer = PeerProcess.start(command);
        double sync = Double.parseDouble(peer.expect("SYNC"));
        long rows = Long.parseLong(peer.expect("ROWS"));
        String heapLine = peer.next();
        long heap = heapLine.startsWith("HEAP ") ? Long.parseLong(heapLine.substring(5)) : -1;
        if (heap >= 0) {
            peer.expect("READY");
        }
        double syncCpu = peer.cpuSeconds();
        long start = System.currentTimeMillis();
        long serverNanos = burst(pipelinedTag);
        long done = Long.parseLong(peer.expect("DONE"));
        double burstCpu = peer.cpuSeconds();
        long bulkStart = System.currentTimeMillis();
        writer.transact(new Transaction(DB, List.of(new Operation.Update("Interface", List.of(),
                Row.of(Map.of("external_ids", OvsdbMap.ofStrings(Map.of("burst", bulkTag))))))));
        long bulkDone = Long.parseLong(peer.expect("DONE"));
        double bulkCpu = peer.cpuSeconds();
        peer.awaitExit();
        return new ReplicaRun(sync, rows, heap, (done - start) / 1e3, serverNanos / 1e9, (bulkDone - bulkStart) / 1e3,
                syncCpu, burstCpu - syncCpu, bulkCpu - burstCpu);
    }

    /** Sends the burst: one pipelined transaction per interface; returns how long the server took to answer all. */
    private long burst(String tag) {
        long start = System.nanoTime();
        OvsdbClient async = writer.async();
        List<CompletableFuture<TransactResult>> replies = new ArrayList<>(updates);
        int first = interfaces - updates;
        for (int i = first; i < interfaces; i++) {
            Row row = Row.of(Map.of("external_ids", OvsdbMap.ofStrings(Map.of("burst", i == interfaces - 1 ? tag
                    : tag + "-" + i))));
            replies.add(async.transact(new Transaction(DB, List.of(new Operation.Update("Interface",
                    List.of(Condition.equal("name", Atom.string(PREFIX + i))), row)))));
        }
        CompletableFuture.allOf(replies.toArray(new CompletableFuture<?>[0])).orTimeout(5, TimeUnit.MINUTES).join();
        replies.forEach(r -> r.join().orThrow());
        return System.nanoTime() - start;
    }

    private String lastName() {
        return PREFIX + (interfaces - 1);
    }

    private String nextTag() {
        return "b" + ++bursts;
    }

    private static Transaction addPorts(DatabaseSchema schema, int count) {
        TransactionBuilder tx = new TransactionBuilder(schema);
        List<Atom> ports = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            NamedUuid iface = tx.newUuidName("i");
            tx.insert("Interface", Row.of(Map.of("name", OvsdbSet.ofStrings(PREFIX + i),
                    "external_ids", OvsdbMap.ofStrings(Map.of("burst", "none")))), iface);
            NamedUuid port = tx.newUuidName("p");
            tx.insert("Port", Row.of(Map.of("name", OvsdbSet.ofStrings(PREFIX + i),
                    "interfaces", OvsdbSet.of(Atom.named(iface)))), port);
            ports.add(Atom.named(port));
        }
        tx.mutate("Bridge", List.of(Condition.equal("name", Atom.string("br0"))),
                List.of(new Mutation("ports", Mutator.INSERT, OvsdbSet.of(ports))));
        return tx.build();
    }
}
