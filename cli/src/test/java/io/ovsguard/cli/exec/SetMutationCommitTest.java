package io.ovsguard.cli.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.NamedUuidAtom;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.op.Function;
import io.ovsguard.ovsdb.op.Mutation;
import io.ovsguard.ovsdb.op.Mutator;
import io.ovsguard.ovsdb.op.Operation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SetMutationCommitTest {

    private static final Uuid ROOT = Uuid.parse("11111111-1111-1111-1111-111111111111");
    private static final Uuid BRIDGE = Uuid.parse("22222222-2222-2222-2222-222222222222");
    private static final Uuid P1 = Uuid.parse("33333333-3333-3333-3333-333333333333");
    private static final Uuid P2 = Uuid.parse("44444444-4444-4444-4444-444444444444");

    private WorkingDatabase db() {
        return TestDatabases.of(TestSchema.vswitch())
                .table("Open_vSwitch", Map.entry(ROOT, Map.of("bridges", OvsdbSet.of(Atom.uuid(BRIDGE)))))
                .table("Bridge", Map.entry(BRIDGE, Map.of("name", OvsdbSet.ofStrings("br0"),
                        "ports", OvsdbSet.of(Atom.uuid(P1), Atom.uuid(P2)))))
                .table("Port", Map.entry(P1, Map.of("name", OvsdbSet.ofStrings("p1"))),
                        Map.entry(P2, Map.of("name", OvsdbSet.ofStrings("p2"))))
                .build();
    }

    private static <T extends Operation> List<T> operations(CommitPlan plan, Class<T> type) {
        return plan.transaction().operations().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void laterReadsSeeElementsAddedAndRemoved() {
        WorkingDatabase db = db();
        WorkingRow bridge = db.row("Bridge", BRIDGE).orElseThrow();
        Uuid p3 = db.insert("Port").uuid();
        bridge.addToSet("ports", List.of(Atom.uuid(p3)));
        bridge.removeFromSet("ports", List.of(Atom.uuid(P1)));
        assertThat(bridge.read("ports")).isEqualTo(OvsdbSet.of(Atom.uuid(P2), Atom.uuid(p3)));
        assertThat(bridge.original("ports")).contains(OvsdbSet.of(Atom.uuid(P1), Atom.uuid(P2)));
    }

    @Test
    void elementChangesAreSentAsOneMutateAndNoUpdate() {
        WorkingDatabase db = db();
        WorkingRow bridge = db.row("Bridge", BRIDGE).orElseThrow();
        WorkingRow port = db.insert("Port");
        port.write("name", OvsdbSet.ofStrings("p3"));
        bridge.addToSet("ports", List.of(Atom.uuid(port.uuid())));
        bridge.removeFromSet("ports", List.of(Atom.uuid(P1)));
        CommitPlan plan = new CommitAssembler(db).assemble(Optional.empty(), "c", false);
        assertThat(plan.changes()).isTrue();
        assertThat(operations(plan, Operation.Update.class)).isEmpty();
        List<Mutation> mutations = operations(plan, Operation.Mutate.class).get(0).mutations();
        assertThat(mutations).extracting(Mutation::mutator).containsExactly(Mutator.DELETE, Mutator.INSERT);
        assertThat(mutations.get(0).value()).isEqualTo(OvsdbSet.of(Atom.uuid(P1)));
        assertThat(((OvsdbSet) mutations.get(1).value()).atoms()).singleElement().isInstanceOf(NamedUuidAtom.class);
    }

    @Test
    void aWholeWriteAfterElementChangesReplacesThem() {
        WorkingDatabase db = db();
        WorkingRow bridge = db.row("Bridge", BRIDGE).orElseThrow();
        bridge.removeFromSet("ports", List.of(Atom.uuid(P1)));
        bridge.write("ports", OvsdbSet.of(Atom.uuid(P1)));
        bridge.addToSet("ports", List.of(Atom.uuid(P2)));
        assertThat(bridge.read("ports")).isEqualTo(OvsdbSet.of(Atom.uuid(P1), Atom.uuid(P2)));
        CommitPlan plan = new CommitAssembler(db).assemble(Optional.empty(), "c", false);
        assertThat(operations(plan, Operation.Mutate.class)).isEmpty();
        assertThat(operations(plan, Operation.Update.class).get(0).row().get("ports"))
                .contains(OvsdbSet.of(Atom.uuid(P1), Atom.uuid(P2)));
    }

    @Test
    void aVerifiedColumnChangedOnlyByElementsIsGuardedByItsRemovedElements() {
        WorkingDatabase db = db();
        WorkingRow bridge = db.row("Bridge", BRIDGE).orElseThrow();
        bridge.verify("ports");
        bridge.verify("name");
        bridge.removeFromSet("ports", List.of(Atom.uuid(P1)));
        CommitPlan plan = new CommitAssembler(db).assemble(Optional.empty(), "c", false);
        List<Operation.Wait> waits = operations(plan, Operation.Wait.class);
        assertThat(waits).hasSize(2);
        Operation.Wait narrowed = waits.get(0);
        assertThat(narrowed.columns()).isEmpty();
        assertThat(narrowed.where()).containsExactly(Condition.uuidIs(BRIDGE),
                new Condition("ports", Function.INCLUDES, OvsdbSet.of(Atom.uuid(P1))));
        assertThat(narrowed.rows()).containsExactly(Row.empty());
        assertThat(waits.get(1).columns()).containsExactly("name");
        assertThat(plan.guardIndexes()).hasSize(2);
    }

    @Test
    void aDeletedRowDropsItsElementChangesAsTheIdlDropsWholeWritesButKeepsItsPartialUpdates() {
        WorkingDatabase db = db();
        WorkingRow bridge = db.row("Bridge", BRIDGE).orElseThrow();
        bridge.removeFromSet("ports", List.of(Atom.uuid(P1)));
        bridge.delete();
        CommitPlan dropped = new CommitAssembler(db).assemble(Optional.empty(), "c", false);
        assertThat(dropped.changes()).isFalse();
        assertThat(operations(dropped, Operation.Mutate.class)).isEmpty();
        assertThat(operations(dropped, Operation.Delete.class)).isEmpty();

        WorkingDatabase again = db();
        WorkingRow same = again.row("Bridge", BRIDGE).orElseThrow();
        same.removeFromSet("ports", List.of(Atom.uuid(P1)));
        same.deleteSetElementShownInSwitch("ports", Atom.uuid(P2));
        same.delete();
        CommitPlan kept = new CommitAssembler(again).assemble(Optional.empty(), "c", false);
        assertThat(kept.changes()).isTrue();
        assertThat(operations(kept, Operation.Mutate.class)).singleElement()
                .satisfies(m -> assertThat(m.mutations()).singleElement()
                        .satisfies(x -> assertThat(x.value()).isEqualTo(OvsdbSet.of(Atom.uuid(P2)))));
    }

    @Test
    void matchGuardsExpectTheFetchedRowsWithTheValueAndNoOther() {
        WorkingDatabase db = db();
        db.row("Port", P1).orElseThrow().delete();
        db.insert("Port").write("name", OvsdbSet.ofStrings("p1"));
        db.guardMatchingRows("Port", "name", Atom.string("p1"));
        db.guardMatchingRows("Port", "name", Atom.string("p9"));
        CommitPlan plan = new CommitAssembler(db).assemble(Optional.empty(), "c", false);
        List<Operation.Wait> waits = operations(plan, Operation.Wait.class);
        Condition p1 = Condition.equal("name", Atom.string("p1"));
        assertThat(waits).extracting(Operation.Wait::where).containsExactly(
                List.of(p1, Condition.uuidIs(P1)),
                List.of(p1, new Condition(Row.UUID_COLUMN, Function.NOT_EQUAL, OvsdbSet.of(Atom.uuid(P1)))),
                List.of(Condition.equal("name", Atom.string("p9"))));
        assertThat(waits).extracting(Operation.Wait::rows).containsExactly(List.of(Row.empty()), List.of(), List.of());
        assertThat(waits).allSatisfy(w -> {
            assertThat(w.until()).isEqualTo(Function.EQUAL);
            assertThat(w.columns()).isEmpty();
        });
    }

    @Test
    void anElementAddedAndRemovedAgainIsNeitherSentNorGuarded() {
        WorkingDatabase db = db();
        WorkingRow bridge = db.row("Bridge", BRIDGE).orElseThrow();
        bridge.verify("ports");
        WorkingRow port = db.insert("Port");
        bridge.addToSet("ports", List.of(Atom.uuid(port.uuid())));
        bridge.removeFromSet("ports", List.of(Atom.uuid(port.uuid())));
        port.delete();
        CommitPlan plan = new CommitAssembler(db).assemble(Optional.empty(), "c", false);
        assertThat(bridge.read("ports")).isEqualTo(OvsdbSet.of(Atom.uuid(P1), Atom.uuid(P2)));
        assertThat(plan.changes()).isFalse();
        assertThat(operations(plan, Operation.Mutate.class)).isEmpty();
        assertThat(operations(plan, Operation.Wait.class)).singleElement()
                .satisfies(w -> assertThat(w.where()).containsExactly(Condition.uuidIs(BRIDGE)));
    }

    @Test
    void elementChangesToAMapColumnAreRejected() {
        WorkingRow bridge = db().row("Bridge", BRIDGE).orElseThrow();
        assertThatThrownBy(() -> bridge.addToSet("other_config", List.of(Atom.string("a"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
