package io.ovsguard.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The successful runs of one workload, by peer and repetition. Ratios pair the two peers' runs of
 * the same repetition, which ran back to back on fresh servers, and take the median of those
 * pairs: on a shared machine the load drifts between repetitions, and a ratio of two medians
 * taken from different moments would mix that drift in.
 */
final class WorkloadRuns {

    private final Map<String, Map<Integer, PeerRun>> byPeer = new LinkedHashMap<>();

    void add(int repetition, PeerRun run) {
        byPeer.computeIfAbsent(run.peer(), p -> new LinkedHashMap<>()).put(repetition, run);
    }

    /** The peer's run with the median work time, if it succeeded at least once. */
    Optional<PeerRun> median(String peer) {
        List<PeerRun> runs = new ArrayList<>(byPeer.getOrDefault(peer, Map.of()).values());
        runs.sort(Comparator.comparingDouble(PeerRun::workSeconds));
        return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(runs.size() / 2));
    }

    /** The median over repetitions of {@code figure(peer) / figure(base)}, with the number of pairs. */
    Optional<PairedRatio> ratio(String peer, String base, ToDoubleFunction<PeerRun> figure) {
        Map<Integer, PeerRun> peerRuns = byPeer.getOrDefault(peer, Map.of());
        Map<Integer, PeerRun> baseRuns = byPeer.getOrDefault(base, Map.of());
        List<Double> ratios = new ArrayList<>();
        peerRuns.forEach((repetition, run) -> {
            PeerRun other = baseRuns.get(repetition);
            if (other != null) {
                ratios.add(figure.applyAsDouble(run) / figure.applyAsDouble(other));
            }
        });
        if (ratios.isEmpty()) {
            return Optional.empty();
        }
        ratios.sort(Comparator.naturalOrder());
        int n = ratios.size();
        double median = n % 2 == 1 ? ratios.get(n / 2) : (ratios.get(n / 2 - 1) + ratios.get(n / 2)) / 2;
        return Optional.of(new PairedRatio(median, List.copyOf(ratios)));
    }

    /** The median over repetitions of {@code figure(peer) - figure(base)}. */
    Optional<Double> difference(String peer, String base, ToDoubleFunction<PeerRun> figure) {
        Map<Integer, PeerRun> peerRuns = byPeer.getOrDefault(peer, Map.of());
        Map<Integer, PeerRun> baseRuns = byPeer.getOrDefault(base, Map.of());
        List<Double> differences = new ArrayList<>();
        peerRuns.forEach((repetition, run) -> {
            PeerRun other = baseRuns.get(repetition);
            if (other != null) {
                differences.add(figure.applyAsDouble(run) - figure.applyAsDouble(other));
            }
        });
        return medianOf(differences);
    }

    private static Optional<Double> medianOf(List<Double> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        int n = sorted.size();
        return Optional.of(n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2);
    }

    /** A median ratio and every pair's ratio, smallest first. */
    record PairedRatio(double median, List<Double> pairs) {
    }
}
