package io.ovsguard.bench.cli;

import io.ovsguard.sandbox.OvsSandbox;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Runs operations round-robin over the contenders, so a burst of load on the (shared) machine hits every contender
 * alike. A read-only command runs as is; a port change runs as add-port then del-port of the same name per
 * contender, with the database state after the add captured for the same-result check, the port put in place
 * or taken away between the calls by a {@link PortFixture} (also what a failed, unimplemented contender left
 * undone), and the server settled before each measured call, unmeasured.
 */
final class CommandRounds {

    private final ProcessTimer timer;
    private final List<Contender> contenders;
    private final Contender reference;

    CommandRounds(ProcessTimer timer, List<Contender> contenders, Contender reference) {
        this.timer = timer;
        this.contenders = List.copyOf(contenders);
        this.reference = reference;
    }

    /** Every contender runs {@code arguments} {@code runs} times. */
    RowGroup repeat(String operation, List<String> arguments, int runs) {
        Map<Contender, RowRecorder> recorders = recorders(operation);
        for (int i = 0; i < runs; i++) {
            for (Contender contender : contenders) {
                RowRecorder recorder = recorders.get(contender);
                if (recorder.stillRunning()) {
                    recorder.record(contender.run(timer, arguments));
                }
            }
        }
        return RowGroup.of(operation, recorders, Optional.of(reference), Map.of());
    }

    /**
     * add-port then del-port of {@code port} on {@code bridge}, per contender, {@code runs} times; {@code options}
     * go before the command ({@code --db=...}, {@code --no-wait}). The port is put in place or taken away between
     * the calls by {@code ports}. Returns the add and the del group.
     */
    List<RowGroup> portChurn(OvsSandbox sandbox, PortFixture ports, String label, List<String> options,
            String bridge, String port, int runs, Function<OvsSandbox, String> stateProbe) {
        return churn(sandbox, ports, label, options, bridge, port, Optional.empty(), runs, stateProbe);
    }

    /**
     * {@link #portChurn}, each measured call right after the same contender's same command on {@code warmPort},
     * unmeasured: every program measured as a script that calls it again and again runs it, not just after the
     * other program. On the 10,000-port bridge ovs-vsctl's call reads every row and leaves the processor's caches
     * full of its own data; the call after it starts about 3 ms slower than after one of its own.
     */
    List<RowGroup> warmPortChurn(OvsSandbox sandbox, PortFixture ports, String label, List<String> options,
            String bridge, String port, String warmPort, int runs, Function<OvsSandbox, String> stateProbe) {
        return churn(sandbox, ports, label, options, bridge, port, Optional.of(warmPort), runs, stateProbe);
    }

    private List<RowGroup> churn(OvsSandbox sandbox, PortFixture ports, String label, List<String> options,
            String bridge, String port, Optional<String> warmPort, int runs,
            Function<OvsSandbox, String> stateProbe) {
        Map<Contender, RowRecorder> adds = recorders("add-port " + label);
        Map<Contender, RowRecorder> dels = recorders("del-port " + label);
        Map<Contender, String> statesAfterAdd = new LinkedHashMap<>();
        List<String> add = join(options, List.of("add-port", bridge, port));
        List<String> del = join(options, List.of("del-port", bridge, port));
        for (int i = 0; i < runs; i++) {
            for (Contender contender : contenders) {
                RowRecorder adding = adds.get(contender);
                RowRecorder deleting = dels.get(contender);
                if (!contender.takesArguments()) {
                    // the yardstick's row: same number of starts, nothing to change
                    warmPort.ifPresent(warm -> warmUp(adding, contender, add));
                    recordIfRunning(adding, contender, add);
                    warmPort.ifPresent(warm -> warmUp(deleting, contender, del));
                    recordIfRunning(deleting, contender, del);
                    continue;
                }
                ports.ensure(bridge, port, false);
                measure(ports, contender, adding, bridge, warmPort, false, options, "add-port", add);
                if (adding.stillRunning()) {
                    statesAfterAdd.putIfAbsent(contender, stateProbe.apply(sandbox));
                }
                ports.ensure(bridge, port, true);
                measure(ports, contender, deleting, bridge, warmPort, true, options, "del-port", del);
                ports.ensure(bridge, port, false);
                warmPort.ifPresent(warm -> ports.ensure(bridge, warm, false));
            }
        }
        return List.of(RowGroup.of("add-port " + label, adds, Optional.of(reference), statesAfterAdd),
                RowGroup.of("del-port " + label, dels, Optional.of(reference), Map.of()));
    }

    /**
     * Measures {@code measured}: first, with a warm-up port, the same {@code command} on it (the port put in place
     * or taken away as {@code warmPortPresent} says), unmeasured; then the server settled.
     */
    private void measure(PortFixture ports, Contender contender, RowRecorder recorder, String bridge,
            Optional<String> warmPort, boolean warmPortPresent, List<String> options, String command,
            List<String> measured) {
        warmPort.ifPresent(warm -> {
            ports.ensure(bridge, warm, warmPortPresent);
            warmUp(recorder, contender, join(options, List.of(command, bridge, warm)));
        });
        ports.settle();
        recordIfRunning(recorder, contender, measured);
    }

    /** Runs {@code arguments} unmeasured, unless the contender stopped (a command it does not implement). */
    private void warmUp(RowRecorder recorder, Contender contender, List<String> arguments) {
        if (recorder.stillRunning()) {
            contender.run(timer, arguments);
        }
    }

    private void recordIfRunning(RowRecorder recorder, Contender contender, List<String> arguments) {
        if (recorder.stillRunning()) {
            recorder.record(contender.run(timer, arguments));
        }
    }

    private static List<String> join(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    private Map<Contender, RowRecorder> recorders(String operation) {
        Map<Contender, RowRecorder> recorders = new LinkedHashMap<>();
        for (Contender contender : contenders) {
            recorders.put(contender, new RowRecorder(operation + " / " + contender.name()));
        }
        return recorders;
    }
}
