package io.ovsguard.bench;

import io.ovsguard.sandbox.OvsSandbox;
import io.ovsguard.sandbox.SandboxSpec;
import io.ovsguard.sandbox.ToolResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The client benchmark of issue 3, one command ({@code bench/run-client-bench.sh}): every peer does
 * the same workloads against its own fresh sandbox ovsdb-server over tcp, in the same run, each as
 * its own process on the same JDK; medians of several interleaved repetitions; one line per figure
 * with the ratio to its peer. Peers: a raw minimal client (the ceiling), ovsguard's client on its
 * Netty and on its direct transport, the OpenDaylight library 1.12.0 on the JDK's defaults and with
 * ovsguard's flags, and an {@code ovs-vsctl --no-wait add-port} loop. A peer run that
 * fails (ODL has been seen to cancel its own pipelined requests) is reported and left out of the
 * medians; a figure whose peer never succeeded says so instead of a ratio.
 *
 * <p>Arguments (all optional): repetitions (default 3), pipelined count (10000), bulk ports (10000),
 * sequential count (1000), ovs-vsctl calls (300). System properties: {@code bench.classpath},
 * {@code bench.odl.classpath}, {@code bench.java.home} (the peers' JDK; default this JVM's),
 * {@code bench.workdir} (where the class archive goes).
 */
public final class ClientBenchmark {

    private static final List<String> PEERS = List.of(PeerCommands.RAW, PeerCommands.OVSGUARD,
            PeerCommands.OVSGUARD_DIRECT, PeerCommands.ODL, PeerCommands.ODL_WITH_OVSGUARD_FLAGS);
    /** ovsguard's client on each of its transports. */
    private static final List<String> OURS = List.of(PeerCommands.OVSGUARD, PeerCommands.OVSGUARD_DIRECT);
    /**
     * The ODL library as it runs inside a controller (the JDK's defaults: what the figures
     * describe and the targets are judged on), and with ovsguard's flags and archive.
     */
    private static final List<String> ODLS = List.of(PeerCommands.ODL, PeerCommands.ODL_WITH_OVSGUARD_FLAGS);
    /** Hello-world JVMs, run in every repetition with the peers, so each figure can be read against its floor. */
    private static final List<String> FLOORS = List.of(PeerCommands.HELLO, PeerCommands.HELLO_WITH_OVSGUARD_FLAGS);

    private static final String TRAINING_WORKLOADS = String.join(",", Workload.SEQUENTIAL.token(),
            Workload.PIPELINED.token(), Workload.BULK.token());

    private final PeerCommands commands;
    private final List<String> failures = new ArrayList<>();

    private ClientBenchmark(PeerCommands commands) {
        this.commands = commands;
    }

    public static void main(String[] args) throws Exception {
        int repetitions = arg(args, 0, 3);
        int pipelined = arg(args, 1, 10_000);
        int bulk = arg(args, 2, 10_000);
        int sequential = arg(args, 3, 1_000);
        int vsctlCalls = arg(args, 4, 300);
        Path javaHome = Path.of(System.getProperty("bench.java.home", System.getProperty("java.home")));
        ClientBenchmark bench = new ClientBenchmark(new PeerCommands(javaHome, System.getProperty("bench.classpath"),
                System.getProperty("bench.odl.classpath"), Path.of(System.getProperty("bench.workdir", "bench/target"))));
        System.out.printf("ovsguard client benchmark: %d repetitions, %d cores%n", repetitions,
                Runtime.getRuntime().availableProcessors());
        System.out.println("peers' JDK:          " + bench.commands.jdk());
        bench.train();
        for (String peer : PEERS) {
            List<String> flags = bench.commands.flags(peer);
            System.out.printf("%-16s flags: %s%n", peer,
                    flags.isEmpty() ? "(the JDK's defaults)" : String.join(" ", flags));
        }

        WorkloadRuns seq = bench.runAll(Workload.SEQUENTIAL, sequential, repetitions);
        WorkloadRuns pipe = bench.runAll(Workload.PIPELINED, pipelined, repetitions);
        WorkloadRuns one = bench.runAll(Workload.BULK, bulk, repetitions);

        System.out.println();
        System.out.println("Medians of the runs; each RATIO is the median of per-repetition ratios (listed in brackets).");
        System.out.println("Targets are judged on odl (the JDK's defaults, as inside a controller); odl* is the same");
        System.out.println("library with ovsguard's flags and a class archive of its own, for reference.");
        for (String peer : PEERS) {
            System.out.printf("sequential transact latency   %-16s %s%n", peer, seq.median(peer)
                    .map(run -> String.format("%8.1f us/tx", run.workSeconds() * 1e6 / sequential)).orElse("failed"));
        }
        System.out.printf("pipelined %d inserts          %s%n", pipelined, String.join(", ",
                PEERS.stream().map(peer -> peer + " " + rate(pipe, peer, pipelined)).toList()));
        // throughput ratio = inverse ratio of the work times
        for (String peer : OURS) {
            ratio("pipelined throughput " + peer + "/raw", pipe.ratio(PeerCommands.RAW, peer, PeerRun::workSeconds),
                    ">= 0.95");
        }
        for (String peer : ODLS) {
            ratio("pipelined throughput " + peer + "/raw", pipe.ratio(PeerCommands.RAW, peer, PeerRun::workSeconds),
                    "(peer)");
        }
        System.out.printf("one %d-port transaction       %s%n", bulk, String.join(", ",
                PEERS.stream().map(peer -> peer + " " + seconds(one, peer)).toList()));
        for (String peer : OURS) {
            ratio("one-transaction time " + peer + "/raw", one.ratio(peer, PeerCommands.RAW, PeerRun::workSeconds),
                    "<= 1.2");
        }
        Map<String, WorkloadRuns> workloads = new LinkedHashMap<>();
        workloads.put("sequential " + sequential, seq);
        workloads.put("pipelined " + pipelined, pipe);
        workloads.put("bulk " + bulk, one);
        workloads.forEach((name, runs) -> {
            System.out.printf("whole process (%s)  %s; hello-world JVM %s, with ovsguard's flags %s%n", name,
                    String.join(", ", PEERS.stream().map(peer -> peer + " " + process(runs, peer)).toList()),
                    process(runs, PeerCommands.HELLO), process(runs, PeerCommands.HELLO_WITH_OVSGUARD_FLAGS));
            for (String peer : OURS) {
                for (String odl : ODLS) {
                    String target = odl.equals(PeerCommands.ODL) ? "" : " (reference)";
                    ratio("  whole-process time " + peer + "/" + odl, runs.ratio(peer, odl,
                            PeerRun::processSeconds), "<= 0.5" + target);
                    ratio("  peak memory " + peer + "/" + odl, runs.ratio(peer, odl, run -> run.peakRssKb()),
                            "<= 0.25" + target);
                }
            }
            System.out.printf("  peak memory above the hello-world floor: %s%n", String.join(", ", PEERS.stream()
                    .filter(peer -> !peer.equals(PeerCommands.RAW))
                    .map(peer -> peer + " " + aboveFloor(runs, peer, floorOf(peer))).toList()));
        });
        bench.failures.forEach(failure -> System.out.println("FAILED RUN " + failure));
        bench.vsctlLoop(vsctlCalls);
    }

    private static void ratio(String what, Optional<WorkloadRuns.PairedRatio> ratio, String target) {
        if (ratio.isPresent()) {
            System.out.printf("RATIO %-48s %6.3f  target %s  %s%n", what, ratio.get().median(), target,
                    ratio.get().pairs().stream().map(r -> String.format("%.2f", r)).toList());
        } else {
            System.out.printf("RATIO %-48s    n/a  target %s (a peer failed every run)%n", what, target);
        }
    }

    private static String rate(WorkloadRuns runs, String peer, int count) {
        return runs.median(peer).map(run -> String.format("%.0f tx/s", count / run.workSeconds())).orElse("failed");
    }

    private static String seconds(WorkloadRuns runs, String peer) {
        return runs.median(peer).map(run -> String.format("%.3f s", run.workSeconds())).orElse("failed");
    }

    private static String process(WorkloadRuns runs, String peer) {
        return runs.median(peer).map(run -> String.format("%.2f s / %d MB", run.processSeconds(),
                run.peakRssKb() / 1024)).orElse("failed");
    }

    /** The median over repetitions of a peer's peak RSS minus its floor's in the same repetition. */
    private static String aboveFloor(WorkloadRuns runs, String peer, String floor) {
        return runs.difference(peer, floor, run -> run.peakRssKb() / 1024.0)
                .map(mb -> String.format("%.0f MB", mb)).orElse("n/a");
    }

    /** The hello-world JVM with the same flags as {@code peer} (without its class archive). */
    private static String floorOf(String peer) {
        return peer.equals(PeerCommands.OVSGUARD) || peer.equals(PeerCommands.OVSGUARD_DIRECT)
                || peer.equals(PeerCommands.ODL_WITH_OVSGUARD_FLAGS)
                ? PeerCommands.HELLO_WITH_OVSGUARD_FLAGS : PeerCommands.HELLO;
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }

    /**
     * One unmeasured run of each archived peer (ovsguard's two and odl*) that writes its class archive
     * (AOT cache or AppCDS): 3,000 of each workload, one after the other, so that the archive holds
     * what every measured run loads and, on JDK 25, the profile of what each of them runs.
     */
    private void train() throws Exception {
        for (String peer : PeerCommands.ARCHIVED) {
            try (OvsSandbox sandbox = OvsSandbox.start(SandboxSpec.builder().tcp().build())) {
                sandbox.vsctl("--no-wait", "add-br", "br0").orThrow();
                PeerRun.run(peer + " (training)", commands.trainingCommand(peer), List.of("127.0.0.1",
                        Integer.toString(sandbox.tcpPort().orElseThrow()), TRAINING_WORKLOADS, "3000", "t"));
            } catch (PeerRun.PeerFailedException e) {
                System.out.println(peer + ": class archive training failed, measuring without it: " + e.getMessage());
            }
            if (!commands.archiveWritten(peer)) {
                System.out.println(peer + ": no class archive was written; it runs without one");
            }
        }
    }

    /** Runs every peer {@code repetitions} times, interleaved, each on a fresh sandbox. */
    private WorkloadRuns runAll(Workload workload, int count, int repetitions) throws Exception {
        WorkloadRuns runs = new WorkloadRuns();
        for (int r = 0; r < repetitions; r++) {
            for (String peer : PEERS) {
                try (OvsSandbox sandbox = OvsSandbox.start(SandboxSpec.builder().tcp().build())) {
                    sandbox.vsctl("--no-wait", "add-br", "br0").orThrow();
                    PeerRun run = PeerRun.run(peer, commands.command(peer), List.of("127.0.0.1",
                            Integer.toString(sandbox.tcpPort().orElseThrow()), workload.token(),
                            Integer.toString(count), "b" + r + "x"));
                    runs.add(r, run);
                    System.out.printf("  %-10s %-16s run %d: work %.3f s, process %.2f s, peak %d MB%n",
                            workload.token(), peer, r + 1, run.workSeconds(), run.processSeconds(),
                            run.peakRssKb() / 1024);
                } catch (PeerRun.PeerFailedException e) {
                    String failure = workload.token() + " run " + (r + 1) + ": " + e.getMessage();
                    failures.add(failure);
                    System.out.printf("  %-10s %-16s run %d: FAILED %s%n", workload.token(), peer, r + 1,
                            e.getMessage());
                }
            }
            for (String floor : FLOORS) {
                PeerRun run = PeerRun.run(floor, commands.command(floor), List.of("-", "-", workload.token()));
                runs.add(r, run);
                System.out.printf("  %-10s %-16s run %d: process %.2f s, peak %d MB%n", workload.token(), floor, r + 1,
                        run.processSeconds(), run.peakRssKb() / 1024);
            }
        }
        return runs;
    }

    /** ovs-vsctl downloads the whole bridge on every call, so each add-port gets slower as the bridge fills. */
    private void vsctlLoop(int calls) {
        if (calls <= 0) {
            return;
        }
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
