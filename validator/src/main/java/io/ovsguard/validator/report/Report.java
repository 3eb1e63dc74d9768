package io.ovsguard.validator.report;

import io.ovsguard.validator.memory.StepPrediction;
import java.util.List;

/**
 * The findings of one validation, most severe first (stable within a severity), and the per-step memory
 * predictions they were derived from.
 */
public record Report(List<Finding> findings, List<StepPrediction> steps) {

    public Report {
        findings = findings.stream().sorted((a, b) -> a.severity().compareTo(b.severity())).toList();
        steps = List.copyOf(steps);
    }

    public boolean hasBlocking() {
        return findings.stream().anyMatch(Finding::blocking);
    }

    public List<Finding> withId(String id) {
        return findings.stream().filter(f -> f.id().equals(id)).toList();
    }

    public List<String> ids() {
        return findings.stream().map(Finding::id).toList();
    }
}
