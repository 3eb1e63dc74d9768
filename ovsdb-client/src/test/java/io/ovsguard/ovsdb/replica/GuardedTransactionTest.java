package io.ovsguard.ovsdb.replica;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.ovsdb.monitor.RowUpdate;
import io.ovsguard.ovsdb.monitor.TableUpdates;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.op.Function;
import io.ovsguard.ovsdb.op.Operation;
import io.ovsguard.ovsdb.op.Transaction;
import io.ovsguard.ovsdb.testing.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GuardedTransactionTest {

    private static final Uuid BR0 = Uuid.parse("00000000-0000-0000-0000-0000000000b0");
    private static final Uuid GONE = Uuid.parse("00000000-0000-0000-0000-0000000000ff");

    private final ReplicaSnapshot snapshot = new UpdateApplier(Map.of()).apply(
            ReplicaSnapshot.empty(Fixtures.vswitchSchema(), Set.of("Bridge")),
            new TableUpdates(Map.of("Bridge", Map.of(BR0,
                    new RowUpdate.Inserted(Row.of(Map.of("name", OvsdbSet.ofStrings("br0"))))))),
            Optional.empty());

    @Test
    void readsBecomeLeadingWaitsWithTimeoutZeroOnTheColumnsRead() {
        GuardedTransaction tx = new GuardedTransaction(snapshot);
        Row br0 = tx.read("Bridge", BR0, "name", "external_ids").orElseThrow();
        tx.writes().update("Bridge", List.of(Condition.uuidIs(BR0)),
                Row.of(Map.of("external_ids", OvsdbMap.ofStrings(Map.of("seen", "yes")))));

        Transaction built = tx.build();

        assertThat(br0.get("name")).contains(OvsdbSet.ofStrings("br0"));
        assertThat(tx.guardCount()).isEqualTo(1);
        assertThat(built.operations()).hasSize(2);
        Operation.Wait wait = (Operation.Wait) built.operation(0);
        assertThat(wait.table()).isEqualTo("Bridge");
        assertThat(wait.where()).containsExactly(Condition.uuidIs(BR0));
        assertThat(wait.columns()).containsExactly("name", "external_ids");
        assertThat(wait.until()).isEqualTo(Function.EQUAL);
        assertThat(wait.timeoutMs()).hasValue(0);
        assertThat(wait.rows()).containsExactly(Row.of(Map.of("name", OvsdbSet.ofStrings("br0"),
                "external_ids", OvsdbMap.empty())));
        assertThat(built.operation(1)).isInstanceOf(Operation.Update.class);
    }

    @Test
    void aMissingRowIsGuardedAsStillMissing() {
        GuardedTransaction tx = new GuardedTransaction(snapshot);
        assertThat(tx.read("Bridge", GONE)).isEmpty();

        Operation.Wait wait = (Operation.Wait) tx.build().operation(0);
        assertThat(wait.rows()).isEmpty();
        assertThat(wait.columns()).isEmpty();
    }

    @Test
    void findGuardsEveryRowItReturns() {
        GuardedTransaction tx = new GuardedTransaction(snapshot);
        List<Row> found = tx.find("Bridge", r -> true, "name");

        assertThat(found).hasSize(1);
        assertThat(tx.guardCount()).isEqualTo(1);
    }
}
