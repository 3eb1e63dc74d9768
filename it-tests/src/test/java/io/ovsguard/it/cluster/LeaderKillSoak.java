package io.ovsguard.it.cluster;

import java.util.function.ToIntFunction;
import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.it.support.Clients;
import io.ovsguard.ovsdb.ClientResources;
import io.ovsguard.ovsdb.cluster.ClusterConnector;
import io.ovsguard.ovsdb.cluster.ClusterConnectorSpec;
import io.ovsguard.sandbox.ClusterSandbox;
import io.ovsguard.sandbox.ClusterSpec;
import io.ovsguard.sandbox.junit.RequiresOvs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The cluster soak: {@value #FAULTS_PROPERTY} (default 50) leader kills in a row against one three-member cluster,
 * each checked like {@link LeaderKillIT}. Not part of the IT suite (the name does not end in IT); run it with
 * {@code scripts/soak-cluster.sh [faults]}, which prints the summary this writes to
 * {@code it-tests/target/soak-cluster.txt}.
 */
@RequiresOvs
class LeaderKillSoak {
    static final String FAULTS_PROPERTY = "ovsguard.soak.faults";
    private static final long KEYS_PER_FAULT = 1_000_000L;

    @Test
    void everyLeaderKillKeepsCommittedTransactionsExactlyOnce() {
        int faults = Integer.getInteger(FAULTS_PROPERTY, 50);
        List<FaultOutcome> outcomes = new ArrayList<>();
        try (ClusterSandbox cluster = ClusterSandbox.start(ClusterSpec.defaults());
                ClientResources resources = ClientResources.create()) {
            ClusterConnector connector = new ClusterConnector(
                    ClusterConnectorSpec.leaderOf(cluster.remotes(), cluster.databaseName())
                            .withOptions(Clients.OPTIONS).withProbeTimeout(Duration.ofSeconds(2)),
                    resources, new Random(), (client, reason) -> { });
            LeaderKillFault fault = new LeaderKillFault(cluster, connector,
                    new KeyedInserts(UUID.randomUUID().toString()), Duration.ofSeconds(60));
            try {
                for (int i = 0; i < faults; i++) {
                    outcomes.add(fault.inject(i * KEYS_PER_FAULT, 20, 10));
                }
            } finally {
                fault.close();
            }
        }
        String summary = summarize(outcomes);
        write(summary);
        assertThat(outcomes).hasSize(faults);
        assertThat(outcomes.stream().flatMap(o -> o.violations().stream()).toList()).as(summary).isEmpty();
    }

    static String summarize(List<FaultOutcome> outcomes) {
        long[] reconnect = outcomes.stream().mapToLong(FaultOutcome::reconnectMillis).sorted().toArray();
        StringBuilder text = new StringBuilder();
        text.append("leader kills:              ").append(outcomes.size()).append('\n');
        text.append("new leader elected:        ").append(outcomes.stream()
                .filter(o -> o.newLeader() != o.killedMember()).count()).append('\n');
        text.append("killed member rejoined:    ").append(outcomes.stream()
                .filter(FaultOutcome::rejoined).count()).append('\n');
        text.append("transactions:              ").append(sum(outcomes, FaultOutcome::transactions)).append('\n');
        text.append("  committed:               ").append(sum(outcomes, FaultOutcome::committed)).append('\n');
        text.append("  failed:                  ").append(sum(outcomes, FaultOutcome::failed)).append('\n');
        text.append("  unknown, found present:  ").append(sum(outcomes, FaultOutcome::unknownPresent)).append('\n');
        text.append("  unknown, found absent:   ").append(sum(outcomes, FaultOutcome::unknownAbsent)).append('\n');
        text.append("violations:                ").append(outcomes.stream().mapToInt(o -> o.violations().size()).sum())
                .append('\n');
        if (reconnect.length > 0) {
            text.append("reconnect after kill (ms): median ").append(reconnect[reconnect.length / 2]).append(", max ")
                    .append(reconnect[reconnect.length - 1]).append('\n');
        }
        outcomes.stream().flatMap(o -> o.violations().stream()).limit(20)
                .forEach(v -> text.append("  violation: ").append(v).append('\n'));
        return text.toString();
    }

    private static int sum(List<FaultOutcome> outcomes, ToIntFunction<FaultOutcome> field) {
        return outcomes.stream().mapToInt(field).sum();
    }

    private static void write(String summary) {
        try {
            Path report = Path.of("target", "soak-cluster.txt");
            Files.createDirectories(report.getParent());
            Files.writeString(report, summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
