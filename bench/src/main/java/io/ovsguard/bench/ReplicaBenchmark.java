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

    /** The flag that makes the Java peer use its trained class archive; none until {@link #trainArchive()}. */
    private List<String> archive = List.of();

    public static void main(String[] args) throws Exception {
        int interfaces = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int updates = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        if (updates > interfaces) {
            throw new IllegalArgumentException("updates (" + updates + ") must not exceed interfaces (" + interfaces + ")");
        }
        System.out.printf("ovsguard replica benchmark: %d interfaces + ports, burst of %d updates, %d repetitions,"
                + " java %s, %d cores, load average %s, java peer flags: %s%n", interfaces, updates, repetitions,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), loadAverage(),
                ("-Xmx2g " + System.getProperty("bench.peer.jvm", "")).trim());
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
        if (Boolean.parseBoolean(System.getProperty("bench.peer.archive", "true"))) {
            trainArchive();
        }
        System.out.printf("java peer command: %s%n", String.join(" ", javaFlags()));
        List<ReplicaRun> ours = new ArrayList<>();
        List<ReplicaRun> idl = new ArrayList<>();
        List<Long> idlHeap = new ArrayList<>();
        List<MonitorDump.Timing> dumps = new ArrayList<>();
        for (int i = 0; i < repetitions; i++) {
            ours.add(runPeer(javaPeer(), dumps));
            idl.add(runPeer(pythonPeer(false), dumps));
            idlHeap.add(pythonHeap());
        }
        ReplicaRun o = ReplicaRun.median(ours);
        ReplicaRun p = ReplicaRun.median(idl);
        long pythonBytes = idlHeap.stream().sorted().toList().get(idlHeap.size() / 2);
        MonitorDump.Timing dump = dumps.stream().sorted(java.util.Comparator.comparingDouble(
                MonitorDump.Timing::firstByteSeconds)).toList().get(dumps.size() / 2);
        System.out.println();
        System.out.printf("rows replicated: ovsguard %d, python-idl %d; medians of %d runs each; load average now %s%n",
                o.rows(), p.rows(), repetitions, loadAverage());
        System.out.printf("server alone, monitor reply of %.1f MB: first byte %.3f s, last byte %.3f s%n",
                dump.bytes() / 1e6, dump.firstByteSeconds(), dump.lastByteSeconds());
        String format = "%-46s %9.3f %11.3f %6.2f  %s%n";
        System.out.printf("%-46s %9s %11s %6s  %s%n", "figure (seconds)", "ovsguard", "python-idl", "ratio", "target");
        row(format, "initial sync, wall", o.syncSeconds(), p.syncSeconds(), "");
        row(format, "initial sync, wall after the server's dump", ReplicaRun.medianSyncAfterDump(ours),
                ReplicaRun.medianSyncAfterDump(idl), "<= 0.5");
        row(format, "initial sync, peer CPU", o.syncCpu(), p.syncCpu(), "<= 0.5");
        System.out.printf("%-46s %6.1f MB %8.1f MB %6.2f  < 1 (%.0f vs %.0f B/row)%n", "retained memory after GC",
                o.heapBytes() / 1e6, pythonBytes / 1e6, (double) o.heapBytes() / pythonBytes,
                (double) o.heapBytes() / o.rows(), (double) pythonBytes / p.rows());
        row(format, updates + " pipelined transactions, wall", o.burstSeconds(), p.burstSeconds(),
                String.format("(server answered the last after %.3f / %.3f s)", o.serverBurst(), p.serverBurst()));
        row(format, updates + " pipelined transactions, peer CPU", o.burstCpu(), p.burstCpu(), "<= 0.5");
        row(format, "the same again (warm), wall", o.warmSeconds(), p.warmSeconds(),
                String.format("(server answered the last after %.3f / %.3f s)", o.serverWarm(), p.serverWarm()));
        row(format, "the same again (warm), peer CPU", o.warmCpu(), p.warmCpu(), "<= 0.5");
        row(format, (interfaces + 1) + " rows in one transaction, wall", o.bulkSeconds(), p.bulkSeconds(),
                String.format("(server answered after %.3f / %.3f s)", o.serverBulk(), p.serverBulk()));
        row(format, (interfaces + 1) + " rows in one transaction, peer CPU", o.bulkCpu(), p.bulkCpu(), "<= 0.5");
    }

    /** The 1, 5 and 15 minute load averages, from /proc/loadavg: how busy the machine was. */
    private static String loadAverage() {
        try {
            String[] fields = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static void row(String format, String figure, double ours, double theirs, String note) {
        System.out.printf(format, figure, ours, theirs, ours / theirs, note);
    }

    /**
     * One unmeasured run of the Java peer that writes its class archive, used by every measured run after it: an
     * AOT cache on JDK 25 (classes loaded and linked ahead of time, method profiles), a dynamic CDS archive before.
     * The client benchmark trains its peer the same way; a controller deployed with ovsguard would ship one. Off with
     * {@code -Dbench.peer.archive=false}.
     */
    private void trainArchive() throws Exception {
        boolean aot = Runtime.version().feature() >= 25;
        Path file = Path.of("bench/target", aot ? "replica-peer.aot" : "replica-peer.jsa").toAbsolutePath();
        java.nio.file.Files.deleteIfExists(file);
        List<String> command = javaPeer();
        command.add(command.indexOf("-cp"), aot ? "-XX:AOTCacheOutput=" + file : "-XX:ArchiveClassesAtExit=" + file);
        runPeer(command, new ArrayList<>());
        if (java.nio.file.Files.isRegularFile(file)) {
            archive = List.of(aot ? "-XX:AOTCache=" + file : "-XX:SharedArchiveFile=" + file);
        } else {
            System.out.println("WARNING: the Java peer's training run wrote no class archive; it runs without");
        }
    }

    /** The java binary and its flags, as every measured Java peer runs. */
    private List<String> javaFlags() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx2g"));
        command.addAll(archive);
        // e.g. -Dbench.peer.jvm=-XX:StartFlightRecording=filename=/tmp/peer.jfr to profile the peer
        String extra = System.getProperty("bench.peer.jvm", "");
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        return command;
    }

    private List<String> javaPeer() {
        List<String> command = javaFlags();
        command.addAll(List.of("-cp", classPath, ReplicaPeer.class.getName(), sandbox.unixRemote(),
                Integer.toString(interfaces), lastName(), nextTag(), nextTag(), nextTag()));
        return command;
    }

    private List<String> pythonPeer(boolean memory) {
        List<String> command = new ArrayList<>(List.of("/usr/bin/python3", "bench/replica_idl_peer.py",
                sandbox.unixRemote(), "/usr/share/openvswitch/vswitch.ovsschema", Integer.toString(interfaces),
                lastName()));
        if (!memory) {
            command.addAll(List.of(nextTag(), nextTag(), nextTag()));
        }
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

    private ReplicaRun runPeer(List<String> command, List<MonitorDump.Timing> dumps) throws Exception {
        String pipelinedTag = command.get(command.size() - 3);
        String warmTag = command.get(command.size() - 2);
        String bulkTag = command.get(command.size() - 1);
        MonitorDump.Timing dump = MonitorDump.measure(sandbox.unixRemote(), DB, writer.getSchema(DB).tables().keySet());
        dumps.add(dump);
        PeerProcess peer = PeerProcess.start(command);
        String[] sync = peer.expect("SYNC").split(" ");
        long rows = Long.parseLong(peer.expect("ROWS"));
        String line = peer.next();
        long heap = -1;
        if (line.startsWith("HEAP ")) {
            heap = Long.parseLong(line.substring(5));
            line = peer.next();
        }
        if (!line.startsWith("READY ")) {
            throw new IllegalStateException("peer said \"" + line + "\", expected READY");
        }
        double readyCpu = Double.parseDouble(line.substring(6));
        long start = System.nanoTime();
        long startMillis = System.currentTimeMillis();
        long serverNanos = burst(pipelinedTag) - start;
        String[] burstDone = peer.expect("DONE").split(" ");
        long warmStart = System.nanoTime();
        long warmMillis = System.currentTimeMillis();
        long serverWarm = burst(warmTag) - warmStart;
        String[] warmDone = peer.expect("DONE").split(" ");
        long bulkStart = System.currentTimeMillis();
        long bulkNanos = System.nanoTime();
        writer.transact(new Transaction(DB, List.of(new Operation.Update("Interface", List.of(),
                Row.of(Map.of("external_ids", OvsdbMap.ofStrings(Map.of("burst", bulkTag))))))));
        bulkNanos = System.nanoTime() - bulkNanos;
        String[] bulkDone = peer.expect("DONE").split(" ");
        peer.awaitExit();
        double burstCpu = Double.parseDouble(burstDone[1]);
        double warmCpu = Double.parseDouble(warmDone[1]);
        return new ReplicaRun(Double.parseDouble(sync[0]), Double.parseDouble(sync[1]), dump.firstByteSeconds(),
                rows, heap, (Long.parseLong(burstDone[0]) - startMillis) / 1e3, burstCpu - readyCpu, serverNanos / 1e9,
                (Long.parseLong(warmDone[0]) - warmMillis) / 1e3, warmCpu - burstCpu, serverWarm / 1e9,
                (Long.parseLong(bulkDone[0]) - bulkStart) / 1e3, Double.parseDouble(bulkDone[1]) - warmCpu,
                bulkNanos / 1e9);
    }

    /** Sends the burst: one pipelined transaction per interface; returns when the server answered the last. */
    private long burst(String tag) {
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
        long answered = System.nanoTime();
        replies.forEach(r -> r.join().orThrow());
        return answered;
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
