package io.ovsguard.bench;

import io.ovsguard.sandbox.OvsSandbox;
import io.ovsguard.sandbox.SandboxSpec;
import io.ovsguard.sandbox.ToolResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The client benchmark of issue 3, one command ({@code bench/run-client-bench.sh}): every peer does
 * the same workloads against its own fresh sandbox ovsdb-server over tcp, in the same run, each as
 * its own process; medians of several interleaved repetitions; one line per figure with the ratio
 * to its peer. Peers: a raw minimal client (the ceiling), ovsguard's client, the OpenDaylight
 * library 1.12.0, and an {@code ovs-vsctl --no-wait add-port} loop.
 *
 * <p>Arguments (all optional): repetitions (default 3), pipelined count (10000), bulk ports (10000),
 * sequential count (1000), ovs-vsctl calls (300).
 */
public final class ClientBenchmark {

    private final Path javaHome = Path.of(System.getProperty("java.home"));
    private final String benchClassPath;
    private final String odlClassPath;

    private ClientBenchmark(String benchClassPath, String odlClassPath) {
        this.benchClassPath = benchClassPath;
        this.odlClassPath = odlClassPath;
    }

    public static void main(String[] args) throws Exception {
        int repetitions = arg(args, 0, 3);
        int pipelined = arg(args, 1, 10_000);
        int bulk = arg(args, 2, 10_000);
        int sequential = arg(args, 3, 1_000);
        int vsctlCalls = arg(args, 4, 300);
        ClientBenchmark bench = new ClientBenchmark(System.getProperty("bench.classpath"),
                System.getProperty("bench.odl.classpath"));
        System.out.printf("ovsguard client benchmark: %d repetitions, java %s, %d cores%n", repetitions,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());

        Map<String, PeerRun> seq = bench.medians(Workload.SEQUENTIAL, sequential, repetitions);
        Map<String, PeerRun> pipe = bench.medians(Workload.PIPELINED, pipelined, repetitions);
        Map<String, PeerRun> one = bench.medians(Workload.BULK, bulk, repetitions);

        System.out.println();
        for (String peer : seq.keySet()) {
            System.out.printf("sequential transact latency   %-8s %8.1f us/tx%n", peer,
                    seq.get(peer).workSeconds() * 1e6 / sequential);
        }
        double raw = pipelined / pipe.get("raw").workSeconds();
        double ours = pipelined / pipe.get("ovsguard").workSeconds();
        double odl = pipelined / pipe.get("odl").workSeconds();
        System.out.printf("pipelined %d inserts          raw %.0f tx/s, ovsguard %.0f tx/s, odl %.0f tx/s%n",
                pipelined, raw, ours, odl);
        ratio("pipelined throughput ovsguard/raw", ours / raw, ">= 0.95");
        ratio("pipelined throughput odl/raw", odl / raw, "(peer)");
        System.out.printf("one %d-port transaction       raw %.3f s, ovsguard %.3f s, odl %.3f s%n", bulk,
                one.get("raw").workSeconds(), one.get("ovsguard").workSeconds(), one.get("odl").workSeconds());
        ratio("one-transaction time ovsguard/raw", one.get("ovsguard").workSeconds() / one.get("raw").workSeconds(),
                "<= 1.2");
        for (Map<String, PeerRun> runs : List.of(seq, pipe, one)) {
            String which = runs == seq ? "sequential " + sequential : runs == pipe ? "pipelined " + pipelined
                    : "bulk " + bulk;
            System.out.printf("whole process (%s)  ovsguard %.2f s / %d MB, odl %.2f s / %d MB, raw %.2f s / %d MB%n",
                    which, runs.get("ovsguard").processSeconds(), runs.get("ovsguard").peakRssKb() / 1024,
                    runs.get("odl").processSeconds(), runs.get("odl").peakRssKb() / 1024,
                    runs.get("raw").processSeconds(), runs.get("raw").peakRssKb() / 1024);
            ratio("  whole-process time ovsguard/odl", runs.get("ovsguard").processSeconds()
                    / runs.get("odl").processSeconds(), "<= 0.5");
            ratio("  peak memory ovsguard/odl", (double) runs.get("ovsguard").peakRssKb() / runs.get("odl").peakRssKb(),
                    "<= 0.25");
        }
        bench.vsctlLoop(vsctlCalls);
    }

    private static void ratio(String what, double value, String target) {
        System.out.printf("RATIO %-40s %6.3f  target %s%n", what, value, target);
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }

    /** Runs every peer {@code repetitions} times, interleaved, each on a fresh sandbox; median by work time. */
    private Map<String, PeerRun> medians(Workload workload, int count, int repetitions) throws Exception {
        Map<String, List<PeerRun>> runs = new LinkedHashMap<>();
        for (int r = 0; r < repetitions; r++) {
            for (String peer : List.of("raw", "ovsguard", "odl")) {
                try (OvsSandbox sandbox = OvsSandbox.start(SandboxSpec.builder().tcp().build())) {
                    sandbox.vsctl("--no-wait", "add-br", "br0").orThrow();
                    PeerRun run = PeerRun.run(peer, javaCommand(peer), List.of("127.0.0.1",
                            Integer.toString(sandbox.tcpPort().orElseThrow()), workload.token(),
                            Integer.toString(count), "b" + r + "x"));
                    runs.computeIfAbsent(peer, p -> new ArrayList<>()).add(run);
                    System.out.printf("  %-10s %-8s run %d: work %.3f s, process %.2f s, peak %d MB%n",
                            workload.token(), peer, r + 1, run.workSeconds(), run.processSeconds(),
                            run.peakRssKb() / 1024);
                }
            }
        }
        Map<String, PeerRun> medians = new LinkedHashMap<>();
        runs.forEach((peer, list) -> {
            List<PeerRun> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.comparingDouble(PeerRun::workSeconds));
            medians.put(peer, sorted.get(sorted.size() / 2));
        });
        return medians;
    }

    private List<String> javaCommand(String peer) {
        String java = javaHome.resolve("bin/java").toString();
        if (peer.equals("odl")) {
            return List.of(java, "-cp", odlClassPath, "io.ovsguard.bench.odl.OdlPeer");
        }
        return List.of(java, "-cp", benchClassPath, peer.equals("raw") ? "io.ovsguard.bench.RawPeer"
                : "io.ovsguard.bench.ClientPeer");
    }

    /** ovs-vsctl downloads the whole bridge on every call, so each add-port gets slower as the bridge fills. */
    private void vsctlLoop(int calls) {
        try (OvsSandbox sandbox = OvsSandbox.start(SandboxSpec.ovsdbOnly())) {
            sandbox.vsctl("--no-wait", "add-br", "br0").orThrow();
            long[] nanos = new long[calls];
            for (int i = 0; i < calls; i++) {
                long start = System.nanoTime();
                ToolResult result = sandbox.vsctl("--no-wait", "add-port", "br0", "v" + i);
                nanos[i] = System.nanoTime() - start;
                result.orThrow();
            }
            int window = Math.max(1, Math.min(50, calls / 4));
            System.out.printf("ovs-vsctl --no-wait add-port   first %d: %.1f ms/call, last %d (bridge at %d ports): "
                    + "%.1f ms/call%n", window, mean(nanos, 0, window) / 1e6, window, calls, mean(nanos, calls - window,
                    calls) / 1e6);
        }
    }

    private static double mean(long[] values, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum / (to - from);
    }
}
