package io.ovsguard.ovsdb.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.ovsdb.error.ConnectionSpecException;
import org.junit.jupiter.api.Test;

class ClusterConnectorSpecTest {

    @Test
    void parsesACommaSeparatedRemoteListInOrder() {
        ClusterConnectorSpec spec = ClusterConnectorSpec.leaderOf(
                "tcp:127.0.0.1:1,tcp:127.0.0.1:2, unix:/tmp/x.sock", "Open_vSwitch");

        assertThat(spec.remotes()).extracting(Object::toString)
                .containsExactly("tcp:127.0.0.1:1", "tcp:127.0.0.1:2", "unix:/tmp/x.sock");
        assertThat(spec.leaderOnly()).isTrue();
        assertThat(spec.watch()).isTrue();
        assertThat(spec.withLeaderOnly(false).leaderOnly()).isFalse();
    }

    @Test
    void rejectsAPassiveRemoteWithAOneLineMessage() {
        assertThatThrownBy(() -> ClusterConnectorSpec.leaderOf("tcp:127.0.0.1:1,ptcp:6640", "Open_vSwitch"))
                .isInstanceOf(ConnectionSpecException.class)
                .hasMessageContaining("ptcp:6640")
                .hasMessageNotContaining("\n");
    }
}
