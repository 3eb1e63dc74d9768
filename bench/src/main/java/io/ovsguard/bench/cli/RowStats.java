package io.ovsguard.bench.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The figures of one benchmark row: median wall time, mean CPU (GNU time counts in 10 ms steps, so a median would
 * be all steps), median peak memory; or why there are none.
 */
record RowStats(String label, int runs, double medianWallMillis, double meanCpuMillis, double medianPeakRssMb,
        Optional<String> unavailable) {

    static RowStats of(String label, List<Measurement> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs for " + label);
        }
        double[] wall = runs.stream().mapToDouble(m -> m.wallNanos() / 1e6).sorted().toArray();
        double[] rss = runs.stream().mapToDouble(m -> m.peakRssKb() / 1024.0).sorted().toArray();
        double cpu = runs.stream().mapToDouble(Measurement::cpuMillis).average().orElseThrow();
        return new RowStats(label, runs.size(), median(wall), cpu, median(rss), Optional.empty());
    }

    /** A row the contender cannot run yet (for example a command ovsguard does not implement). */
    static RowStats unavailable(String label, String reason) {
        return new RowStats(label, 0, Double.NaN, Double.NaN, Double.NaN, Optional.of(reason));
    }

    boolean available() {
        return unavailable.isEmpty();
    }

    static double median(double[] sorted) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("median of nothing");
        }
        double[] copy = Arrays.copyOf(sorted, sorted.length);
        Arrays.sort(copy);
        int middle = copy.length / 2;
        return copy.length % 2 == 1 ? copy[middle] : (copy[middle - 1] + copy[middle]) / 2;
    }
}
