package io.ovsguard.ovsdb.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.ovsdb.ConnectionSpec;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Uuid;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ClusterMembershipTest {
    private static final ConnectionSpec.Active A = ConnectionSpec.parseActive("tcp:127.0.0.1:7001");
    private static final ConnectionSpec.Active B = ConnectionSpec.parseActive("tcp:127.0.0.1:7002");

    private final ClusterMembership membership =
            new ClusterMembership(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    private static ServerDatabaseStatus status(boolean leader, long index) {
        return ServerDatabaseStatus.fromRow(ServerDatabaseStatusTest.clusteredRow(true, leader, index));
    }

    @Test
    void remembersTheServerIdEachRemoteAnsweredWithAndTheLeader() {
        membership.observe(A, status(false, 5));
        membership.observe(B, status(true, 7));

        assertThat(membership.serverIds()).containsOnlyKeys(A, B);
        assertThat(membership.lastKnownLeader()).hasValue(B);
        assertThat(membership.clusterId()).isEqualTo(status(true, 1).cid());
        assertThat(membership.observations()).extracting(MemberObservation::remote).containsExactly(A, B);
    }

    @Test
    void refusesAMemberOfAnotherCluster() {
        membership.accept(A, status(true, 5));
        ServerDatabaseStatus stranger = ServerDatabaseStatus.fromRow(ServerDatabaseStatusTest.clusteredRow(true, true, 9)
                .with("cid", OvsdbSet.of(Atom.uuid(Uuid.random()))));

        assertThat(membership.inconsistency(stranger)).hasValueSatisfying(r -> assertThat(r).contains("cluster"));
    }

    @Test
    void refusesAMemberBehindTheIndexAlreadyReadButNotOneOnlyObserved() {
        membership.observe(B, status(false, 50));
        assertThat(membership.inconsistency(status(true, 10))).isEmpty();

        membership.accept(A, status(true, 20));

        assertThat(membership.highestIndex()).hasValue(20);
        assertThat(membership.inconsistency(status(true, 19))).hasValueSatisfying(r -> assertThat(r).contains("19"));
        assertThat(membership.inconsistency(status(false, 20))).isEmpty();
    }
}
