package io.ovsguard.ovsdb.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.ovsdb.monitor.RowDiff;
import io.ovsguard.ovsdb.monitor.RowUpdate;
import io.ovsguard.ovsdb.monitor.TableUpdates;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.ovsdb.testing.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A batch of updates applied as one snapshot, and the row changes listeners are told about. */
class BatchUpdatesTest {

    private static final DatabaseSchema SCHEMA = Fixtures.vswitchSchema();
    private static final Uuid BR0 = Uuid.parse("00000000-0000-0000-0000-000000000001");
    private static final Uuid BR1 = Uuid.parse("00000000-0000-0000-0000-000000000002");
    private static final Uuid BR2 = Uuid.parse("00000000-0000-0000-0000-000000000003");
    private static final Uuid TXN = Uuid.parse("00000000-0000-0000-0000-00000000a001");

    private final UpdateApplier applier = new UpdateApplier(Map.of());
    private final ReplicaSnapshot base = applier.apply(ReplicaSnapshot.empty(SCHEMA, Set.of("Bridge")),
            bridges(Map.of(BR0, new RowUpdate.Initial(named("br0")))), Optional.empty());

    private static TableUpdates bridges(Map<Uuid, RowUpdate> rows) {
        return new TableUpdates(Map.of("Bridge", rows));
    }

    private static Row named(String name) {
        return Row.of(Map.of("name", OvsdbSet.ofStrings(name)));
    }

    private static RowUpdate rename(String name) {
        return RowUpdate.Modified.withDiff(new RowDiff(Map.of("name", OvsdbSet.ofStrings(name))));
    }

    @Test
    void aBatchMakesOneSnapshotEqualToApplyingItsUpdatesOneByOne() {
        List<TableUpdates> batch = List.of(bridges(Map.of(BR0, rename("a"), BR1, new RowUpdate.Inserted(named("b")))),
                bridges(Map.of(BR0, rename("c"))), bridges(Map.of(BR1, new RowUpdate.Deleted(Optional.empty()))));

        ReplicaSnapshot batched = applier.applyAll(base, batch, Optional.of(TXN));
        ReplicaSnapshot stepwise = base;
        for (TableUpdates updates : batch) {
            stepwise = applier.apply(stepwise, updates, Optional.of(TXN));
        }

        assertThat(batched.sequence()).isEqualTo(base.sequence() + 1);
        assertThat(batched.table("Bridge").toSortedMap()).isEqualTo(stepwise.table("Bridge").toSortedMap());
        assertThat(batched.lastTxnId()).contains(TXN);
        assertThat(base.table("Bridge").get(BR0).orElseThrow().get("name"))
                .as("the snapshot the batch started from is unchanged").contains(OvsdbSet.ofStrings("br0"));
    }

    @Test
    void aBatchWithAnUpdateThatDoesNotFitChangesNothing() {
        List<TableUpdates> batch = List.of(bridges(Map.of(BR0, rename("a"))),
                bridges(Map.of(BR2, rename("nobody"))));

        assertThatThrownBy(() -> applier.applyAll(base, batch, Optional.empty()))
                .isInstanceOf(ReplicaInconsistencyException.class);
        assertThat(base.table("Bridge").get(BR0).orElseThrow().get("name")).contains(OvsdbSet.ofStrings("br0"));
    }

    @Test
    void listenersSeeEachRowOnceWithItsChangeOverTheWholeBatch() {
        RowUpdate onlyOnce = new RowUpdate.Inserted(named("x"));
        List<TableUpdates> batch = List.of(
                bridges(Map.of(BR0, rename("a"), BR1, new RowUpdate.Inserted(named("b")))),
                bridges(Map.of(BR0, rename("c"), BR1, rename("b2"), BR2, onlyOnce)));
        ReplicaSnapshot after = applier.applyAll(base, batch, Optional.empty());

        Map<Uuid, RowUpdate> rows = BatchUpdates.merge(batch, base, after).rows("Bridge");

        assertThat(rows.get(BR2)).as("touched once: as the server sent it").isSameAs(onlyOnce);
        assertThat(rows.get(BR1)).isInstanceOfSatisfying(RowUpdate.Inserted.class,
                inserted -> assertThat(inserted.row().get("name")).contains(OvsdbSet.ofStrings("b2")));
        assertThat(rows.get(BR0)).isInstanceOfSatisfying(RowUpdate.Modified.class, modified -> {
            assertThat(modified.old().orElseThrow().get("name")).contains(OvsdbSet.ofStrings("br0"));
            assertThat(modified.newRow().orElseThrow().get("name")).contains(OvsdbSet.ofStrings("c"));
        });
    }

    @Test
    void aRowInsertedAndDeletedInOneBatchOrChangedBackIsNotReported() {
        List<TableUpdates> batch = List.of(
                bridges(Map.of(BR0, rename("a"), BR1, new RowUpdate.Inserted(named("b")))),
                bridges(Map.of(BR0, rename("br0"), BR1, new RowUpdate.Deleted(Optional.empty()))));
        ReplicaSnapshot after = applier.applyAll(base, batch, Optional.empty());

        assertThat(BatchUpdates.merge(batch, base, after).isEmpty()).isTrue();
    }
}
