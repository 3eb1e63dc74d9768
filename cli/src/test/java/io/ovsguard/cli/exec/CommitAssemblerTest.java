package io.ovsguard.cli.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.NamedUuidAtom;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.op.Operation;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommitAssemblerTest {

    private static final Uuid ROOT = Uuid.parse("11111111-1111-1111-1111-111111111111");
    private static final Uuid BRIDGE = Uuid.parse("22222222-2222-2222-2222-222222222222");

    private WorkingDatabase db() {
        return TestDatabases.of(TestSchema.vswitch())
                .table("Open_vSwitch", Map.entry(ROOT, Map.of("bridges", OvsdbSet.of(Atom.uuid(BRIDGE)))))
                .table("Bridge", Map.entry(BRIDGE, Map.of("name", OvsdbSet.ofStrings("br0"))))
                .build();
    }

    @Test
    void readsAloneSendNothing() {
        WorkingDatabase db = db();
        db.row("Bridge", BRIDGE).orElseThrow().verify("name");
        CommitPlan plan = new CommitAssembler(db).assemble(Optional.empty(), "c", false);
        assertThat(plan.changes()).isFalse();
    }

    @Test
    void rewritingTheSameValueIsNoChange() {
        WorkingDatabase db = db();
        db.row("Bridge", BRIDGE).orElseThrow().write("name", OvsdbSet.ofStrings("br0"));
        assertThat(new CommitAssembler(db).assemble(Optional.empty(), "c", false).changes()).isFalse();
    }

    @Test
    void verifiedColumnsBecomeZeroTimeoutWaitsBeforeTheUpdate() {
        WorkingDatabase db = db();
        WorkingRow bridge = db.row("Bridge", BRIDGE).orElseThrow();
        bridge.verify("other_config");
        bridge.write("other_config", OvsdbMap.ofStrings(Map.of("a", "b")));
        CommitPlan plan = new CommitAssembler(db).assemble(Optional.empty(), "c", false);
        assertThat(plan.changes()).isTrue();
        assertThat(plan.transaction().operations()).extracting(Operation::op)
                .containsExactly("wait", "update", "comment");
        Operation.Wait wait = (Operation.Wait) plan.transaction().operation(0);
        assertThat(wait.timeoutMs()).hasValue(0);
        assertThat(wait.columns()).containsExactly("other_config");
        assertThat(plan.guardIndexes()).containsExactly(0);
    }

    @Test
    void insertedRowsAreReferencedByUuidName() {
        WorkingDatabase db = db();
        WorkingRow port = db.insert("Port");
        port.write("name", OvsdbSet.ofStrings("p0"));
        WorkingRow bridge = db.row("Bridge", BRIDGE).orElseThrow();
        bridge.write("ports", OvsdbSet.of(Atom.uuid(port.uuid())));
        CommitPlan plan = new CommitAssembler(db).assemble(Optional.empty(), "c", false);
        Operation.Update update = plan.transaction().operations().stream()
                .filter(Operation.Update.class::isInstance).map(Operation.Update.class::cast).findFirst()
                .orElseThrow();
        OvsdbSet ports = (OvsdbSet) update.row().get("ports").orElseThrow();
        assertThat(ports.atoms()).singleElement().isInstanceOf(NamedUuidAtom.class);
        assertThat(plan.insertIndexes()).containsOnlyKeys(port.uuid());
    }

    @Test
    void deletingANonRootRowIsLeftToTheServer() {
        WorkingDatabase db = db();
        db.row("Bridge", BRIDGE).orElseThrow().delete();
        CommitPlan plan = new CommitAssembler(db).assemble(Optional.empty(), "c", false);
        assertThat(plan.changes()).isFalse();
        assertThat(db.rows("Bridge")).isEmpty();
    }

    @Test
    void deletingARootRowSendsADelete() {
        WorkingDatabase db = db();
        db.row("Open_vSwitch", ROOT).orElseThrow().delete();
        CommitPlan plan = new CommitAssembler(db).assemble(Optional.empty(), "c", false);
        assertThat(plan.transaction().operations()).extracting(Operation::op).containsExactly("delete", "comment");
    }

    @Test
    void changesIncrementNextCfgAndReadItBack() {
        WorkingDatabase db = db();
        WorkingRow root = db.row("Open_vSwitch", ROOT).orElseThrow();
        root.write("other_config", OvsdbMap.ofStrings(Map.of("k", "v")));
        CommitPlan plan = new CommitAssembler(db).assemble(Optional.of(root), "c", false);
        assertThat(plan.transaction().operations()).extracting(Operation::op)
                .containsExactly("update", "mutate", "select", "comment");
        assertThat(plan.nextCfgSelectIndex()).hasValue(2);
    }

    @Test
    void dryRunEndsInAnAbort() {
        WorkingDatabase db = db();
        db.row("Bridge", BRIDGE).orElseThrow().write("name", OvsdbSet.ofStrings("br1"));
        CommitPlan plan = new CommitAssembler(db).assemble(Optional.empty(), "c", true);
        assertThat(plan.transaction().operations()).last().isInstanceOf(Operation.Abort.class);
        assertThat(plan.abortIndex()).hasValue(plan.transaction().size() - 1);
    }

    @Test
    void insertingTheOnlyRowOfAOneRowTableWaitsForTheTableToBeEmpty() {
        WorkingDatabase db = TestDatabases.of(TestSchema.vswitch()).table("Open_vSwitch").build();
        db.insert("Open_vSwitch");
        CommitPlan plan = new CommitAssembler(db).assemble(Optional.empty(), "c", false);
        assertThat(plan.transaction().operations()).extracting(Operation::op)
                .containsExactly("wait", "insert", "comment");
        Operation.Wait wait = (Operation.Wait) plan.transaction().operation(0);
        assertThat(wait.where()).isEmpty();
        assertThat(wait.rows()).isEmpty();
    }
}
