package io.ovsguard.bench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects one contender's runs of one row. The first failed run ends the row: a command ovsguard does not
 * implement yet reports "not implemented" instead of failing the benchmark, so the lead can rerun it later.
 */
final class RowRecorder {

    private final String label;
    private final List<Measurement> runs = new ArrayList<>();
    private Optional<String> failure = Optional.empty();
    private Optional<Measurement> first = Optional.empty();

    RowRecorder(String label) {
        this.label = label;
    }

    boolean stillRunning() {
        return failure.isEmpty();
    }

    /** Records a run; returns whether it succeeded. */
    boolean record(Measurement run) {
        if (first.isEmpty()) {
            first = Optional.of(run);
        }
        if (!run.succeeded()) {
            String message = run.firstMessageLine();
            failure = Optional.of(message.contains("not implemented") ? "not implemented (" + message + ")"
                    : "failed, exit " + run.exitCode() + ": " + message);
            return false;
        }
        runs.add(run);
        return true;
    }

    /** The first run, successful or not: what the comparison of outputs looks at. */
    Optional<Measurement> first() {
        return first;
    }

    RowStats stats() {
        if (failure.isPresent()) {
            return RowStats.unavailable(label, failure.get());
        }
        return runs.isEmpty() ? RowStats.unavailable(label, "not run") : RowStats.of(label, runs);
    }
}
