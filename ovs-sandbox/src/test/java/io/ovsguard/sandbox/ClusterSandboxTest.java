package io.ovsguard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.sandbox.junit.RequiresOvs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@RequiresOvs
class ClusterSandboxTest {
    private static final Duration ELECTION = Duration.ofSeconds(20);

    @Test
    void formsAThreeMemberClusterWithOneAgreedLeaderAndDistinctRemotes() {
        try (ClusterSandbox cluster = ClusterSandbox.start(ClusterSpec.defaults())) {
            int leader = cluster.awaitLeader(ELECTION);
            List<ClusterStatus> statuses = cluster.members().stream().map(ClusterMember::status).toList();

            assertThat(statuses).allSatisfy(s -> {
                assertThat(s.isMember()).isTrue();
                assertThat(s.servers()).hasSize(3);
                assertThat(s.leaderShortId()).hasValue(cluster.member(leader).status().shortId());
            });
            assertThat(statuses.stream().map(s -> s.clusterId().orElseThrow()).distinct()).hasSize(1);
            assertThat(statuses.stream().filter(ClusterStatus::isLeader)).hasSize(1);
            assertThat(cluster.remotes()).matches("tcp:127\\.0\\.0\\.1:\\d+,tcp:127\\.0\\.0\\.1:\\d+,tcp:127\\.0\\.0\\.1:\\d+");
            assertThat(Set.copyOf(cluster.remoteList())).hasSize(3);
            assertThat(cluster.databaseName()).isEqualTo("Open_vSwitch");
            assertThat(DbSocketProbe.listDbs(cluster.member(2).dbSocket(), Duration.ofSeconds(5)))
                    .hasValueSatisfying(reply -> assertThat(reply).contains("\"Open_vSwitch\""));
        }
    }

    @Test
    void afterTheLeaderIsKilledAnotherLeadsAndTheKilledMemberRejoinsOnItsOldPorts() {
        try (ClusterSandbox cluster = ClusterSandbox.start(ClusterSpec.defaults())) {
            String remotesBefore = cluster.remotes();
            int killed = cluster.killLeader();

            assertThat(cluster.member(killed).isRunning()).isFalse();
            int next = cluster.awaitLeaderOtherThan(killed, ELECTION);
            cluster.restartMember(killed);

            assertThat(next).isNotEqualTo(killed);
            assertThat(cluster.member(killed).status().isMember()).isTrue();
            assertThat(cluster.member(killed).status().leaderShortId())
                    .hasValue(cluster.member(cluster.awaitLeader(ELECTION)).status().shortId());
            assertThat(cluster.remotes()).isEqualTo(remotesBefore);
        }
    }

    @Test
    void transferLeadershipMovesItWithoutLosingAMember() {
        try (ClusterSandbox cluster = ClusterSandbox.start(ClusterSpec.defaults())) {
            int old = cluster.awaitLeader(ELECTION);

            int next = cluster.transferLeadership();

            assertThat(next).isNotEqualTo(old);
            assertThat(cluster.awaitLeader(ELECTION)).isEqualTo(next);
            assertThat(cluster.members()).allSatisfy(m -> assertThat(m.isRunning()).isTrue());
            cluster.awaitMember(old, ELECTION);
            assertThat(cluster.member(old).isPaused()).isFalse();
        }
    }

    @Test
    void closeStopsPausedAndRunningMembersByPidAndDeletesTheDirectory() {
        ClusterSandbox cluster = ClusterSandbox.start(ClusterSpec.defaults().withMembers(2));
        List<Long> pids = cluster.members().stream().map(m -> m.pid().orElseThrow()).toList();
        Path dir = cluster.dir();
        cluster.pauseMember(2);

        cluster.close();

        assertThat(pids).allSatisfy(pid -> assertThat(DaemonProcess.isLive(pid)).isFalse());
        assertThat(dir).doesNotExist();
        assertThat(pids.stream().map(String::valueOf).collect(Collectors.toSet())).hasSize(2);
    }
}
