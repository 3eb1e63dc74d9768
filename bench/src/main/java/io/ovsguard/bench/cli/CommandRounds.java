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
 * contender, with the database state after the add captured for the same-result check and any precondition a
 * failed (unimplemented) contender left broken repaired with the real ovs-vsctl, unmeasured.
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
     * go before the command ({@code --db=...}, {@code --no-wait}). Returns the add and the del group.
     */
    List<RowGroup> portChurn(OvsSandbox sandbox, String label, List<String> options, String bridge, String port,
            int runs, Function<OvsSandbox, String> stateProbe) {
        Map<Contender, RowRecorder> adds = recorders("add-port " + label);
        Map<Contender, RowRecorder> dels = recorders("del-port " + label);
        Map<Contender, String> statesAfterAdd = new LinkedHashMap<>();
        List<String> add = join(options, List.of("add-port", bridge, port));
        List<String> del = join(options, List.of("del-port", bridge, port));
        for (int i = 0; i < runs; i++) {
            for (Contender contender : contenders) {
                if (!contender.takesArguments()) {
                    // the yardstick's row: same number of starts, nothing to change
                    recordIfRunning(adds.get(contender), contender, add);
                    recordIfRunning(dels.get(contender), contender, del);
                    continue;
                }
                ensurePort(sandbox, bridge, port, false);
                recordIfRunning(adds.get(contender), contender, add);
                if (adds.get(contender).stillRunning()) {
                    statesAfterAdd.putIfAbsent(contender, stateProbe.apply(sandbox));
                }
                ensurePort(sandbox, bridge, port, true);
                recordIfRunning(dels.get(contender), contender, del);
                ensurePort(sandbox, bridge, port, false);
            }
        }
        return List.of(RowGroup.of("add-port " + label, adds, Optional.of(reference), statesAfterAdd),
                RowGroup.of("del-port " + label, dels, Optional.of(reference), Map.of()));
    }

    private void recordIfRunning(RowRecorder recorder, Contender contender, List<String> arguments) {
        if (recorder.stillRunning()) {
            recorder.record(contender.run(timer, arguments));
        }
    }

    private static List<String> join(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    private static void ensurePort(OvsSandbox sandbox, String bridge, String port, boolean present) {
        sandbox.vsctl("--no-wait", present ? "--may-exist" : "--if-exists", present ? "add-port" : "del-port",
                bridge, port).orThrow();
    }

    private Map<Contender, RowRecorder> recorders(String operation) {
        Map<Contender, RowRecorder> recorders = new LinkedHashMap<>();
        for (Contender contender : contenders) {
            recorders.put(contender, new RowRecorder(operation + " / " + contender.name()));
        }
        return recorders;
    }
}
