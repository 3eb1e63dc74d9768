package io.ovsguard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClusterStatusTest {

    private static final String FOLLOWER = """
            6a75
            Name: Open_vSwitch
            Cluster ID: 3985 (39859aa2-becb-4df8-910b-04bf7d737dc7)
            Server ID: 6a75 (6a75223e-8dda-4043-a463-a951ca65aa48)
            Address: tcp:127.0.0.1:40025
            Status: cluster member
            Role: follower
            Term: 3
            Leader: d465
            Vote: unknown

            Election timer: 1000
            Log: [2, 6]
            Entries not yet committed: 0
            Entries not yet applied: 0
            Connections: ->0000 ->7851 <-0000 <-0000
            Disconnections: 0
            Servers:
                d465 (d465 at tcp:127.0.0.1:43015) last msg 1 ms ago
                6a75 (6a75 at tcp:127.0.0.1:40025) (self)
                7851 (7851 at tcp:127.0.0.1:33637) last msg 2003 ms ago
            """;

    @Test
    void readsIdsRoleTermLeaderAndServersOfAFollower() {
        ClusterStatus status = ClusterStatus.parse(FOLLOWER);

        assertThat(status.serverId()).isEqualTo("6a75223e-8dda-4043-a463-a951ca65aa48");
        assertThat(status.shortId()).isEqualTo("6a75");
        assertThat(status.clusterId()).hasValue("39859aa2-becb-4df8-910b-04bf7d737dc7");
        assertThat(status.address()).isEqualTo("tcp:127.0.0.1:40025");
        assertThat(status.isMember()).isTrue();
        assertThat(status.isLeader()).isFalse();
        assertThat(status.term()).isEqualTo(3);
        assertThat(status.leaderShortId()).hasValue("d465");
        assertThat(status.servers()).extracting(ClusterStatus.Server::address)
                .containsExactly("tcp:127.0.0.1:43015", "tcp:127.0.0.1:40025", "tcp:127.0.0.1:33637");
    }

    @Test
    void aLeaderNamesItselfAsLeader() {
        ClusterStatus status = ClusterStatus.parse(FOLLOWER.replace("Role: follower", "Role: leader")
                .replace("Leader: d465", "Leader: self"));

        assertThat(status.isLeader()).isTrue();
        assertThat(status.leaderShortId()).hasValue("6a75");
    }

    @Test
    void aMemberWithoutLeaderKnowsNoLeaderAndAJoiningOneNoClusterId() {
        ClusterStatus status = ClusterStatus.parse(FOLLOWER.replace("Leader: d465", "Leader: unknown")
                .replace("Cluster ID: 3985 (39859aa2-becb-4df8-910b-04bf7d737dc7)", "Cluster ID: not yet known")
                .replace("Status: cluster member", "Status: joining cluster"));

        assertThat(status.leaderShortId()).isEmpty();
        assertThat(status.clusterId()).isEmpty();
        assertThat(status.isMember()).isFalse();
    }

    @Test
    void rejectsOutputWithoutATerm() {
        assertThatThrownBy(() -> ClusterStatus.parse(FOLLOWER.replace("Term: 3\n", "")))
                .isInstanceOf(SandboxException.class)
                .hasMessageContaining("\"Term:\"");
    }
}
