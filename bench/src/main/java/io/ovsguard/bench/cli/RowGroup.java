package io.ovsguard.bench.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The rows of one measured operation, one per contender, with the check that every tool's first run printed the
 * same bytes and exit status as the reference (ovs-vsctl) and left the database in the same state.
 */
record RowGroup(String operation, Map<String, RowStats> rows, Map<String, Boolean> sameAsReference) {

    RowGroup {
        rows = new LinkedHashMap<>(rows);
        sameAsReference = new LinkedHashMap<>(sameAsReference);
    }

    static RowGroup of(String operation, Map<Contender, RowRecorder> recorders, Optional<Contender> reference,
            Map<Contender, String> statesAfter) {
        Map<String, RowStats> rows = new LinkedHashMap<>();
        Map<String, Boolean> same = new LinkedHashMap<>();
        recorders.forEach((contender, recorder) -> rows.put(contender.name(), recorder.stats()));
        reference.ifPresent(ref -> recorders.forEach((contender, recorder) -> {
            if (contender.takesArguments() && !contender.equals(ref) && recorder.stats().available()) {
                same.put(contender.name(), sameOutput(recorders.get(ref).first(), recorder.first())
                        && statesAfter.getOrDefault(ref, "").equals(statesAfter.getOrDefault(contender, "")));
            }
        }));
        return new RowGroup(operation, rows, same);
    }

    Optional<RowStats> row(String contender) {
        return Optional.ofNullable(rows.get(contender));
    }

    private static boolean sameOutput(Optional<Measurement> reference, Optional<Measurement> other) {
        if (reference.isEmpty() || other.isEmpty()) {
            return false;
        }
        Measurement a = reference.get();
        Measurement b = other.get();
        return a.exitCode() == b.exitCode() && a.stdout().equals(b.stdout()) && a.stderr().equals(b.stderr());
    }
}
