package io.ovsguard.validator.guard;

import static io.ovsguard.validator.guard.GuardFixtures.IFACE_P0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.NamedUuid;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.op.Mutation;
import io.ovsguard.ovsdb.op.Mutator;
import io.ovsguard.ovsdb.op.Operation;
import io.ovsguard.ovsdb.op.TransactionBuilder;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommitPlannerTest {

    private final DatabaseSchema schema = GuardFixtures.schema();
    private final DatabaseSnapshot before = GuardFixtures.switchWithP0();

    private List<Operation> setMtu9000() {
        TransactionBuilder tx = new TransactionBuilder(schema);
        tx.update("Interface", List.of(Condition.equal("name", Atom.string("p0"))),
                Row.of(Map.of("mtu_request", OvsdbSet.of(Atom.integer(9000)))));
        return tx.build().operations();
    }

    @Test
    void modifiedRowIsPinnedToItsSnapshotBeforeTheWriteAndMarkedAfterIt() {
        CommitPlan plan = CommitPlanner.plan(schema, before, setMtu9000(), List.of(), "g1", true);

        List<Operation> ops = plan.transaction().operations();
        assertThat(ops.get(0)).isInstanceOfSatisfying(Operation.Wait.class, w -> {
            assertThat(w.columns()).containsExactly("mtu_request", "external_ids");
            assertThat(w.rows().get(0).get("mtu_request")).contains(OvsdbSet.empty());
        });
        assertThat(ops.get(1)).isInstanceOf(Operation.Update.class);
        assertThat(ops.get(2)).isInstanceOfSatisfying(Operation.Mutate.class, m -> {
            OvsdbMap marks = (OvsdbMap) m.mutations().get(0).value();
            assertThat(marks.get(Atom.string(CrashMark.GUARD_KEY))).contains(Atom.string("g1"));
        });
        assertThat(plan.modified()).containsOnlyKeys(new RowKey("Interface", IFACE_P0));
    }

    @Test
    void markRecordsTheValueBeforeAndTheValueTheChangeLeaves() {
        CommitPlan plan = CommitPlanner.plan(schema, before, setMtu9000(), List.of(), "g1", false);
        Operation.Mutate markOp = (Operation.Mutate) plan.transaction().operations().get(2);
        OvsdbMap marks = (OvsdbMap) markOp.mutations().get(0).value();
        Row marked = GuardFixtures.row(IFACE_P0, Map.of("external_ids", marks));

        CrashMark mark = CrashMark.of(marked, schema.table("Interface")).orElseThrow();

        assertThat(mark.inserted()).isFalse();
        assertThat(mark.columns().get("mtu_request").before()).isEqualTo(OvsdbSet.empty());
        assertThat(mark.columns().get("mtu_request").after()).contains(OvsdbSet.of(Atom.integer(9000)));
    }

    @Test
    void insertedRowCarriesItsMarkAndKeepsTheCallersExternalIds() {
        TransactionBuilder tx = new TransactionBuilder(schema);
        NamedUuid iface = tx.newUuidName("iface");
        tx.insert("Interface", Row.of(Map.of("name", OvsdbSet.ofStrings("p1"), "external_ids",
                OvsdbMap.ofStrings(Map.of("owner", "me")))), iface);

        CommitPlan plan = CommitPlanner.plan(schema, before, tx.build().operations(), List.of(), "g2", true);

        Operation.Insert insert = (Operation.Insert) plan.transaction().operations().get(0);
        OvsdbMap ids = (OvsdbMap) insert.row().get("external_ids").orElseThrow();
        assertThat(ids.get(Atom.string("owner"))).contains(Atom.string("me"));
        assertThat(ids.get(Atom.string(CrashMark.GUARD_KEY))).contains(Atom.string("g2"));
        assertThat(plan.inserted()).containsExactly(new CommitPlan.PlannedInsert("Interface", iface));
    }

    @Test
    void referenceToAnInsertedRowIsRecordedWithoutAnAfterValue() {
        TransactionBuilder tx = new TransactionBuilder(schema);
        NamedUuid iface = tx.newUuidName("iface");
        tx.insert("Interface", Row.of(Map.of("name", OvsdbSet.ofStrings("p1"))), iface);
        NamedUuid port = tx.newUuidName("port");
        tx.insert("Port", Row.of(Map.of("name", OvsdbSet.ofStrings("p1"), "interfaces",
                OvsdbSet.of(Atom.named(iface)))), port);
        tx.mutate("Bridge", List.of(Condition.equal("name", Atom.string("br0"))),
                List.of(new Mutation("ports", Mutator.INSERT, OvsdbSet.of(Atom.named(port)))));

        CommitPlan plan = CommitPlanner.plan(schema, before, tx.build().operations(), List.of(), "g3", true);

        Operation.Mutate markOp = plan.transaction().operations().stream()
                .filter(o -> o instanceof Operation.Mutate m && m.table().equals("Bridge")
                        && m.mutations().get(0).column().equals("external_ids"))
                .map(Operation.Mutate.class::cast).findFirst().orElseThrow();
        Row marked = GuardFixtures.row(GuardFixtures.BR0, Map.of("external_ids", markOp.mutations().get(0).value()));
        CrashMark mark = CrashMark.of(marked, schema.table("Bridge")).orElseThrow();
        assertThat(mark.columns().get("ports").before()).isEqualTo(OvsdbSet.of(Atom.uuid(GuardFixtures.PORT_P0)));
        assertThat(mark.columns().get("ports").after()).isEmpty();
    }

    @Test
    void deletionsCannotBeGuarded() {
        TransactionBuilder tx = new TransactionBuilder(schema);
        tx.delete("Interface", List.of(Condition.equal("name", Atom.string("p0"))));

        assertThatThrownBy(() -> CommitPlanner.plan(schema, before, tx.build().operations(), List.of(), "g4", true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot delete rows");
    }
}
