package io.ovsguard.ovsdb.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.ovsdb.error.ProtocolException;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerDatabaseStatusTest {
    private static final Uuid CID = Uuid.parse("39859aa2-becb-4df8-910b-04bf7d737dc7");
    private static final Uuid SID = Uuid.parse("6a75223e-8dda-4043-a463-a951ca65aa48");

    static Row clusteredRow(boolean connected, boolean leader, long index) {
        Map<String, io.ovsguard.ovsdb.notation.Datum> columns = new LinkedHashMap<>();
        columns.put("name", OvsdbSet.of(Atom.string("Open_vSwitch")));
        columns.put("model", OvsdbSet.of(Atom.string("clustered")));
        columns.put("connected", OvsdbSet.of(Atom.bool(connected)));
        columns.put("leader", OvsdbSet.of(Atom.bool(leader)));
        columns.put("cid", OvsdbSet.of(Atom.uuid(CID)));
        columns.put("sid", OvsdbSet.of(Atom.uuid(SID)));
        columns.put("index", OvsdbSet.of(Atom.integer(index)));
        columns.put("schema", OvsdbSet.of(Atom.string("{}")));
        return Row.of(columns);
    }

    @Test
    void readsEveryColumnOfAClusteredRow() {
        ServerDatabaseStatus status = ServerDatabaseStatus.fromRow(clusteredRow(true, false, 42));

        assertThat(status.name()).isEqualTo("Open_vSwitch");
        assertThat(status.model()).isEqualTo(DatabaseModel.CLUSTERED);
        assertThat(status.isClustered()).isTrue();
        assertThat(status.connected()).isTrue();
        assertThat(status.leader()).isFalse();
        assertThat(status.cid()).hasValue(CID);
        assertThat(status.sid()).hasValue(SID);
        assertThat(status.index()).hasValue(42);
        assertThat(status.schema()).hasValue("{}");
    }

    @Test
    void standaloneRowHasNoClusterIds() {
        Row row = clusteredRow(true, true, 1).with("model", OvsdbSet.of(Atom.string("standalone")))
                .with("cid", OvsdbSet.empty()).with("sid", OvsdbSet.empty()).with("index", OvsdbSet.empty());

        ServerDatabaseStatus status = ServerDatabaseStatus.fromRow(row);

        assertThat(status.model()).isEqualTo(DatabaseModel.STANDALONE);
        assertThat(status.cid()).isEmpty();
        assertThat(status.sid()).isEmpty();
        assertThat(status.index()).isEmpty();
        assertThat(status.unsuitability(true)).isEmpty();
    }

    @Test
    void aFollowerSuitsAnyMemberClientsButNotLeaderOnlyOnes() {
        ServerDatabaseStatus follower = ServerDatabaseStatus.fromRow(clusteredRow(true, false, 1));

        assertThat(follower.unsuitability(false)).isEmpty();
        assertThat(follower.unsuitability(true)).hasValueSatisfying(r -> assertThat(r).contains("not the leader"));
    }

    @Test
    void aDisconnectedMemberSuitsNobodyEvenIfItStillThinksItLeads() {
        ServerDatabaseStatus cutOff = ServerDatabaseStatus.fromRow(clusteredRow(false, true, 1));

        assertThat(cutOff.unsuitability(false)).hasValueSatisfying(r -> assertThat(r).contains("not connected"));
        assertThat(cutOff.unsuitability(true)).isPresent();
    }

    @Test
    void rejectsAnUnknownModelAndAMissingName() {
        assertThatThrownBy(() -> ServerDatabaseStatus.fromRow(clusteredRow(true, true, 1)
                .with("model", OvsdbSet.of(Atom.string("sharded")))))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("unknown model \"sharded\"");
        assertThatThrownBy(() -> ServerDatabaseStatus.fromRow(clusteredRow(true, true, 1).without("name")))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("name");
    }

    @Test
    void rejectsAColumnOfTheWrongType() {
        assertThatThrownBy(() -> ServerDatabaseStatus.fromRow(clusteredRow(true, true, 1)
                .with("leader", OvsdbSet.of(Atom.string("yes")))))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("leader");
    }
}
