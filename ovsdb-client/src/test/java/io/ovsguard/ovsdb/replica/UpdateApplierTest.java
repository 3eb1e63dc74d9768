package io.ovsguard.ovsdb.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.ovsdb.monitor.RowDiff;
import io.ovsguard.ovsdb.monitor.RowUpdate;
import io.ovsguard.ovsdb.monitor.TableUpdates;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.ovsdb.testing.Fixtures;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UpdateApplierTest {

    private static final DatabaseSchema SCHEMA = Fixtures.vswitchSchema();
    private static final Uuid BR0 = Uuid.parse("00000000-0000-0000-0000-000000000001");
    private static final Uuid BR1 = Uuid.parse("00000000-0000-0000-0000-000000000002");

    private final UpdateApplier applier = new UpdateApplier(Map.of());
    private final ReplicaSnapshot empty = ReplicaSnapshot.empty(SCHEMA, Set.of("Bridge", "Port"));

    private static TableUpdates bridges(Map<Uuid, RowUpdate> rows) {
        return new TableUpdates(Map.of("Bridge", rows));
    }

    private static Row named(String name) {
        return Row.of(Map.of("name", OvsdbSet.ofStrings(name)));
    }

    @Test
    void insertedRowsGetTheirUuidAndEveryColumnTheServerLeftOut() {
        ReplicaSnapshot next = applier.apply(empty, bridges(Map.of(BR0, new RowUpdate.Inserted(named("br0")))),
                Optional.empty());

        Row row = next.table("Bridge").get(BR0).orElseThrow();
        assertThat(row.uuid()).contains(BR0);
        assertThat(row.get("name")).contains(OvsdbSet.ofStrings("br0"));
        assertThat(row.get("external_ids")).contains(OvsdbMap.empty());
        assertThat(row.columnNames()).hasSize(SCHEMA.table("Bridge").userColumns().size());
        assertThat(next.sequence()).isEqualTo(empty.sequence() + 1);
    }

    @Test
    void modifyAppliesTheDiffAndDeleteRemovesTheRow() {
        ReplicaSnapshot one = applier.apply(empty, bridges(Map.of(BR0, new RowUpdate.Inserted(named("br0")),
                BR1, new RowUpdate.Inserted(named("br1")))), Optional.empty());
        RowDiff diff = new RowDiff(Map.of("external_ids", OvsdbMap.of(Atom.string("k"), Atom.string("v"))));
        ReplicaSnapshot two = applier.apply(one, bridges(Map.of(BR0, RowUpdate.Modified.withDiff(diff),
                BR1, new RowUpdate.Deleted(Optional.empty()))), Optional.of(BR1));

        assertThat(two.table("Bridge").get(BR0).orElseThrow().get("external_ids"))
                .contains(OvsdbMap.of(Atom.string("k"), Atom.string("v")));
        assertThat(two.table("Bridge").contains(BR1)).isFalse();
        assertThat(two.lastTxnId()).contains(BR1);
        assertThat(one.table("Bridge").size()).as("the older snapshot is untouched").isEqualTo(2);
        assertThat(one.table("Bridge").get(BR0).orElseThrow().get("external_ids")).contains(OvsdbMap.empty());
    }

    @Test
    void modifyOfAnUnknownRowIsAnInconsistencyAndChangesNothing() {
        ReplicaSnapshot one = applier.apply(empty, bridges(Map.of(BR0, new RowUpdate.Inserted(named("br0")))),
                Optional.empty());
        TableUpdates bad = new TableUpdates(Map.of("Bridge", Map.of(
                BR1, RowUpdate.Modified.withDiff(new RowDiff(Map.of("name", OvsdbSet.ofStrings("x")))))));

        assertThatThrownBy(() -> applier.apply(one, bad, Optional.empty()))
                .isInstanceOf(ReplicaInconsistencyException.class).hasMessageContaining("modified, but not present");
        assertThat(one.table("Bridge").size()).isEqualTo(1);
    }

    @Test
    void insertOfARowAlreadyPresentAndDeleteOfAnAbsentOneAreInconsistencies() {
        ReplicaSnapshot one = applier.apply(empty, bridges(Map.of(BR0, new RowUpdate.Inserted(named("br0")))),
                Optional.empty());

        assertThatThrownBy(() -> applier.apply(one, bridges(Map.of(BR0, new RowUpdate.Initial(named("br0")))),
                Optional.empty())).isInstanceOf(ReplicaInconsistencyException.class);
        assertThatThrownBy(() -> applier.apply(one, bridges(Map.of(BR1, new RowUpdate.Deleted(Optional.empty()))),
                Optional.empty())).isInstanceOf(ReplicaInconsistencyException.class);
    }

    @Test
    void replaceDropsRowsAbsentFromTheNewInitialContents() {
        ReplicaSnapshot one = applier.apply(empty, bridges(Map.of(BR0, new RowUpdate.Inserted(named("br0")))),
                Optional.empty());
        ReplicaSnapshot reloaded = applier.replace(one, bridges(Map.of(BR1, new RowUpdate.Initial(named("br1")))),
                Optional.empty());

        assertThat(reloaded.table("Bridge").rows()).extracting(r -> r.uuid().orElseThrow()).containsExactly(BR1);
        assertThat(reloaded.sequence()).isGreaterThan(one.sequence());
        TableUpdates diff = SnapshotDiff.between(one, reloaded);
        assertThat(diff.rows("Bridge").get(BR0)).isInstanceOf(RowUpdate.Deleted.class);
        assertThat(diff.rows("Bridge").get(BR1)).isInstanceOf(RowUpdate.Inserted.class);
    }

    @Test
    void onlyTheRequestedColumnsAreFilledIn() {
        UpdateApplier narrow = new UpdateApplier(Map.of("Bridge", java.util.List.of("name", "ports")));
        ReplicaSnapshot next = narrow.apply(empty, bridges(Map.of(BR0, new RowUpdate.Inserted(named("br0")))),
                Optional.empty());

        assertThat(next.table("Bridge").get(BR0).orElseThrow().columnNames()).containsExactly("name", "ports");
        assertThat(next.vswitch().bridges()).singleElement().satisfies(b -> {
            assertThat(b.name()).isEqualTo("br0");
            assertThat(b.ports()).isEmpty();
        });
    }
}
