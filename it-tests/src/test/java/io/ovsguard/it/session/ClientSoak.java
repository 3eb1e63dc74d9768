package io.ovsguard.it.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.sandbox.junit.RequiresOvs;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The soak harness of the session and replica: loops every {@link Fault} round robin until
 * {@code -Dsoak.faults} faults (default 120) have been injected, {@code -Dsoak.transactions} (default
 * 30) marked transactions per round, and prints the counts per fault type and a pass/fail summary.
 * Not part of the IT suite (its name ends in neither Test nor IT); run it with
 * {@code scripts/soak-client.sh [faults]}.
 */
@RequiresOvs
class ClientSoak {

    @Test
    void survivesEveryInjectedFault() throws Exception {
        int faults = Integer.getInteger("soak.faults", 120);
        int transactions = Integer.getInteger("soak.transactions", 30);
        Map<Fault, int[]> perFault = new EnumMap<>(Fault.class);
        Map<Fault, Map<MarkedWorkload.Reported, Integer>> outcomes = new EnumMap<>(Fault.class);
        List<String> failures = new ArrayList<>();
        long maxDetectionMs = 0;
        long started = System.nanoTime();
        try (FaultRig rig = new FaultRig()) {
            long loadsBefore = rig.replica().fullLoads();
            for (int i = 0; i < faults; i++) {
                Fault fault = Fault.values()[i % Fault.values().length];
                FaultRig.RoundResult result = rig.round(fault, transactions);
                int[] counts = perFault.computeIfAbsent(fault, f -> new int[2]);
                counts[result.passed() ? 0 : 1]++;
                result.reported().forEach((what, n) -> outcomes.computeIfAbsent(fault,
                        f -> new EnumMap<>(MarkedWorkload.Reported.class)).merge(what, n, Integer::sum));
                maxDetectionMs = Math.max(maxDetectionMs, result.deadPeerDetection().toMillis());
                if (!result.passed()) {
                    failures.add("round " + (i + 1) + " " + fault + ": " + result.violations()
                            + (result.replicaMatches() ? "" : " replica differs from the dump"));
                }
            }
            System.out.printf("%nclient soak: %d faults, %d transactions per round, %.0f s, %d full replica reloads,"
                    + " %d proxy cuts, slowest dead-peer detection %d ms (probe %d ms)%n", faults, transactions,
                    (System.nanoTime() - started) / 1e9, rig.replica().fullLoads() - loadsBefore, rig.proxyCuts(),
                    maxDetectionMs, FaultRig.PROBE.toMillis());
        }
        System.out.printf("%-22s %7s %7s   %s%n", "fault", "passed", "failed", "transaction outcomes reported");
        perFault.forEach((fault, counts) -> System.out.printf("%-22s %7d %7d   %s%n", fault, counts[0], counts[1],
                outcomes.getOrDefault(fault, Map.of())));
        failures.forEach(f -> System.out.println("FAILED " + f));
        System.out.println(failures.isEmpty() ? "SOAK PASSED" : "SOAK FAILED: " + failures.size() + " rounds");
        assertThat(failures).isEmpty();
    }
}
