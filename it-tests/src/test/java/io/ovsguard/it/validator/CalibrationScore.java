package io.ovsguard.it.validator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects the step verdicts of a {@link CalibrationIT} run and writes the score (matched steps per family, every
 * mismatch, and every observed outcome that differs from the recorded one) to the log and a file.
 */
final class CalibrationScore {

    private static final Logger log = LoggerFactory.getLogger(CalibrationScore.class);

    private final Path file;
    private final List<CalibrationRunner.StepVerdict> verdicts = new ArrayList<>();
    private final long startedNanos = System.nanoTime();

    CalibrationScore(Path file) {
        this.file = file;
    }

    synchronized void add(List<CalibrationRunner.StepVerdict> more) {
        verdicts.addAll(more);
    }

    synchronized void write() {
        if (verdicts.isEmpty()) {
            return;
        }
        Map<String, int[]> byFamily = new TreeMap<>();
        List<String> lines = new ArrayList<>();
        int matched = 0;
        for (CalibrationRunner.StepVerdict v : verdicts) {
            int[] counts = byFamily.computeIfAbsent(v.family(), f -> new int[2]);
            counts[1]++;
            if (v.matched()) {
                counts[0]++;
                matched++;
            }
        }
        lines.add(String.format("calibration score: %d/%d steps predicted (%.1f%%) in %d s", matched,
                verdicts.size(), 100.0 * matched / verdicts.size(), (System.nanoTime() - startedNanos) / 1_000_000_000L));
        byFamily.forEach((family, c) -> lines.add("  family " + family + ": " + c[0] + "/" + c[1]));
        verdicts.stream().filter(v -> !v.matched()).forEach(v -> lines.add("  MISMATCH " + v));
        verdicts.stream().filter(v -> !v.observed().equals(v.recorded()) && !v.recorded().isBlank())
                .forEach(v -> lines.add("  differs from recorded: " + v));
        lines.forEach(l -> log.info("{}", l));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
