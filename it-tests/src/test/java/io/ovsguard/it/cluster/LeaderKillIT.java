package io.ovsguard.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.it.support.Clients;
import io.ovsguard.ovsdb.ClientResources;
import io.ovsguard.ovsdb.cluster.ClusterConnector;
import io.ovsguard.ovsdb.cluster.ClusterConnectorSpec;
import io.ovsguard.sandbox.ClusterSandbox;
import io.ovsguard.sandbox.junit.ClusterSandboxExtension;
import io.ovsguard.sandbox.junit.RequiresOvs;
import java.time.Duration;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Kills the Raft leader in the middle of a stream of transactions: the client reconnects through the leader-only
 * connector to the new leader, every transaction it reported committed is there exactly once, none it reported failed
 * is, the unknown ones are settled by reading, and the killed member restarts and rejoins. The soak repeats this
 * ({@code scripts/soak-cluster.sh}).
 */
@RequiresOvs
@ExtendWith(ClusterSandboxExtension.class)
class LeaderKillIT {

    @Test
    void committedTransactionsSurviveTheLeaderKillExactlyOnceAndTheKilledMemberRejoins(ClusterSandbox cluster) {
        try (ClientResources resources = ClientResources.create()) {
            ClusterConnector connector = new ClusterConnector(
                    ClusterConnectorSpec.leaderOf(cluster.remotes(), cluster.databaseName())
                            .withOptions(Clients.OPTIONS).withProbeTimeout(Duration.ofSeconds(2)),
                    resources, new Random(), (client, reason) -> { });
            LeaderKillFault fault = new LeaderKillFault(cluster, connector,
                    new KeyedInserts(UUID.randomUUID().toString()), Duration.ofSeconds(30));
            int leaderBefore = cluster.awaitLeader(Duration.ofSeconds(20));
            try {
                FaultOutcome outcome = fault.inject(0, 30, 20);

                assertThat(outcome.violations()).isEmpty();
                assertThat(outcome.killedMember()).isEqualTo(leaderBefore);
                assertThat(outcome.newLeader()).isNotEqualTo(leaderBefore);
                assertThat(outcome.committed()).isGreaterThanOrEqualTo(20);
                assertThat(outcome.rejoined()).isTrue();
                assertThat(cluster.member(outcome.killedMember()).status().isMember()).isTrue();
                assertThat(connector.membership().serverIds()).hasSizeGreaterThanOrEqualTo(2);
            } finally {
                fault.close();
            }
        }
    }
}
