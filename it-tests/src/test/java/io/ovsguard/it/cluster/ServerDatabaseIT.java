package io.ovsguard.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.it.support.Clients;
import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.ClientResources;
import io.ovsguard.ovsdb.OvsdbClient;
import io.ovsguard.ovsdb.OvsdbClients;
import io.ovsguard.ovsdb.cluster.ClusterConnector;
import io.ovsguard.ovsdb.cluster.ClusterConnectorSpec;
import io.ovsguard.ovsdb.cluster.DatabaseModel;
import io.ovsguard.ovsdb.cluster.NoSuitableMemberException;
import io.ovsguard.ovsdb.cluster.ServerDatabaseStatus;
import io.ovsguard.ovsdb.cluster.ServerDatabases;
import io.ovsguard.ovsdb.cluster.ServerStatusWatch;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.sandbox.ClusterMember;
import io.ovsguard.sandbox.ClusterSandbox;
import io.ovsguard.sandbox.Polling;
import io.ovsguard.sandbox.junit.ClusterSandboxExtension;
import io.ovsguard.sandbox.junit.RequiresOvs;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reading {@code _Server} from real cluster members, and connecting to the right member with the connector. */
@RequiresOvs
@ExtendWith(ClusterSandboxExtension.class)
class ServerDatabaseIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String DB = "Open_vSwitch";

    private static ClusterSandbox cluster;
    private static ClientResources resources;

    @BeforeAll
    static void formCluster(ClusterSandbox shared) {
        cluster = shared;
        resources = ClientResources.create();
    }

    @AfterAll
    static void release() {
        resources.close();
    }

    private ClusterConnector connector(boolean leaderOnly, long seed, List<String> losses) {
        return new ClusterConnector(ClusterConnectorSpec.leaderOf(cluster.remotes(), DB).withLeaderOnly(leaderOnly)
                .withOptions(Clients.OPTIONS).withProbeTimeout(Duration.ofSeconds(2)), resources, new Random(seed),
                (client, reason) -> losses.add(reason));
    }

    @Test
    void everyMemberReportsTheSameClusterItsOwnServerIdAndOnlyTheLeaderLeads() {
        int leader = cluster.awaitLeader(WAIT);
        Set<Uuid> cids = new HashSet<>();
        for (ClusterMember member : cluster.members()) {
            try (BlockingOvsdbClient client = OvsdbClients.connectBlocking(member.tcpRemote(), Clients.OPTIONS)) {
                List<ServerDatabaseStatus> all = ServerDatabases.list(client.async(), WAIT).join();
                ServerDatabaseStatus db = all.stream().filter(s -> s.name().equals(DB)).findFirst().orElseThrow();
                ServerDatabaseStatus server = all.stream().filter(s -> s.name().equals("_Server")).findFirst()
                        .orElseThrow();

                assertThat(db.model()).isEqualTo(DatabaseModel.CLUSTERED);
                assertThat(db.connected()).isTrue();
                assertThat(db.leader()).isEqualTo(member.number() == leader);
                assertThat(db.sid().map(Uuid::toString)).hasValue(member.status().serverId());
                assertThat(db.index()).isPresent();
                assertThat(db.schema()).hasValueSatisfying(s -> assertThat(s).contains("\"Open_vSwitch\""));
                assertThat(server.model()).isEqualTo(DatabaseModel.STANDALONE);
                cids.add(db.cid().orElseThrow());
            }
        }
        assertThat(cids).hasSize(1);
    }

    @Test
    void leaderOnlyConnectorLandsOnTheLeaderWhereverItStarts() {
        int leader = cluster.awaitLeader(WAIT);
        String leaderSid = cluster.member(leader).status().serverId();
        for (long seed = 0; seed < 3; seed++) {
            ClusterConnector connector = connector(true, seed, new CopyOnWriteArrayList<>());
            try (OvsdbClient client = connector.connect().join()) {
                ServerDatabaseStatus status = ServerDatabases.of(client, DB, WAIT).join();

                assertThat(status.leader()).isTrue();
                assertThat(status.sid().map(Uuid::toString)).hasValue(leaderSid);
                assertThat(client.remote().toString()).isEqualTo(cluster.member(leader).tcpRemote());
                assertThat(connector.membership().lastKnownLeader().map(Object::toString))
                        .hasValue(cluster.member(leader).tcpRemote());
            }
        }
    }

    @Test
    void anyMemberConnectorAcceptsTheFirstConnectedMemberItTries() {
        int leader = cluster.awaitLeader(WAIT);
        // a follower learns of the last commit with the next heartbeat; until then the connector would rightly refuse
        // it as behind a member it already read from
        assertThat(Polling.await(ServerDatabaseIT::allMembersAtTheSameIndex, WAIT)).isTrue();
        Set<String> landed = new HashSet<>();
        ClusterConnector connector = connector(false, 7, new CopyOnWriteArrayList<>());
        for (int i = 0; i < cluster.size(); i++) {
            try (OvsdbClient client = connector.connect().join()) {
                landed.add(client.remote().toString());
            }
        }
        // each pass starts one remote further on, and every member is connected, so each is used once
        assertThat(landed).containsExactlyInAnyOrderElementsOf(cluster.remoteList());
        assertThat(connector.membership().serverIds()).hasSize(3);
        assertThat(leader).isBetween(1, 3);
    }

    private static boolean allMembersAtTheSameIndex() {
        Set<Long> indexes = new HashSet<>();
        for (ClusterMember member : cluster.members()) {
            try (BlockingOvsdbClient client = OvsdbClients.connectBlocking(member.tcpRemote(), Clients.OPTIONS)) {
                indexes.add(ServerDatabases.of(client.async(), DB, WAIT).join().index().orElseThrow());
            }
        }
        return indexes.size() == 1;
    }

    @Test
    void watchClosesTheClientWhenItsMemberStopsLeading() {
        List<String> losses = new CopyOnWriteArrayList<>();
        ClusterConnector connector = connector(true, 1, losses);
        OvsdbClient client = connector.connect().join();
        try {
            int old = cluster.awaitLeader(WAIT);
            assertThat(client.remote().toString()).isEqualTo(cluster.member(old).tcpRemote());

            int next = cluster.transferLeadership();

            assertThat(next).isNotEqualTo(old);
            assertThat(Polling.await(() -> !client.isConnected(), WAIT)).as("client closed by the watch").isTrue();
            // the watch reports the loss after it closed the client, on its own thread
            assertThat(Polling.await(() -> !losses.isEmpty(), WAIT)).as("the loss reported").isTrue();
            assertThat(losses).singleElement().satisfies(r -> assertThat(r).contains("not the leader"));
            try (OvsdbClient again = connector.connect().join()) {
                assertThat(again.remote().toString()).isEqualTo(cluster.member(next).tcpRemote());
            }
        } finally {
            client.close();
        }
    }

    @Test
    void watchReportsTheCurrentStatusOfAFollower() {
        int leader = cluster.awaitLeader(WAIT);
        ClusterMember follower = cluster.member(leader % cluster.size() + 1);
        try (BlockingOvsdbClient client = OvsdbClients.connectBlocking(follower.tcpRemote(), Clients.OPTIONS);
                ServerStatusWatch watch = ServerStatusWatch.start(client.async(), DB, false,
                        (c, reason) -> { }).join()) {
            assertThat(watch.current()).hasValueSatisfying(s -> {
                assertThat(s.leader()).isFalse();
                assertThat(s.connected()).isTrue();
                assertThat(s.sid().map(Uuid::toString)).hasValue(follower.status().serverId());
            });
            assertThat(watch.isLost()).isFalse();
        }
    }

    @Test
    void connectorSkipsAStoppedMemberThatAcceptsButNeverAnswers() {
        int leader = cluster.awaitLeader(WAIT);
        int stopped = leader % cluster.size() + 1;
        String stoppedRemote = cluster.member(stopped).tcpRemote();
        String leaderRemote = cluster.member(leader).tcpRemote();
        Random startAtFirst = new Random() {
            private static final long serialVersionUID = 1L;

            @Override
            public int nextInt(int bound) {
                return 0;
            }
        };
        ClusterConnector connector = new ClusterConnector(ClusterConnectorSpec.leaderOf(stoppedRemote + ","
                + leaderRemote, DB).withLeaderOnly(false).withOptions(Clients.OPTIONS)
                .withProbeTimeout(Duration.ofMillis(500)), resources, startAtFirst, (client, reason) -> { });
        cluster.pauseMember(stopped);
        try (OvsdbClient client = connector.connect().join()) {
            assertThat(client.remote().toString()).isEqualTo(leaderRemote);
            assertThat(connector.membership().serverIds().keySet()).extracting(Object::toString)
                    .containsExactly(leaderRemote);
        } finally {
            cluster.resumeMember(stopped);
        }
        cluster.awaitMember(stopped, WAIT);
    }

    @Test
    void connectorFailsWithOneReasonPerRemoteWhenNoneServesTheDatabase() {
        ClusterConnector connector = new ClusterConnector(ClusterConnectorSpec.leaderOf(cluster.remotes(), "Nope")
                .withOptions(Clients.OPTIONS), resources);

        assertThatThrownBy(() -> connector.connect().join())
                .isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(NoSuitableMemberException.class)
                .satisfies(e -> assertThat(((NoSuitableMemberException) e).reasons()).hasSize(3)
                        .allSatisfy(r -> assertThat(r).contains("does not serve database Nope")));
    }
}
