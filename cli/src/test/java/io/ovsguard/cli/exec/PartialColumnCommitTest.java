package io.ovsguard.cli.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.op.Function;
import io.ovsguard.ovsdb.op.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Verifying and changing a column fetched only as far as it references the fetched rows (a bridge's ports). */
class PartialColumnCommitTest {

    private static final Uuid ROOT = Uuid.parse("11111111-1111-1111-1111-111111111111");
    private static final Uuid BR0 = Uuid.parse("22222222-2222-2222-2222-222222222222");
    private static final Uuid P1 = Uuid.parse("33333333-3333-3333-3333-333333333333");
    private static final Uuid P2 = Uuid.parse("44444444-4444-4444-4444-444444444444");

    /** br0 holds p1 (and, unfetched, thousands of others); p2 was fetched too but is on no bridge here. */
    private static WorkingDatabase db() {
        WorkingDatabase db = new WorkingDatabase(TestSchema.vswitch());
        db.addFetched("Open_vSwitch", Map.of(ROOT, Map.of("bridges", OvsdbSet.of(Atom.uuid(BR0)))));
        Map<Uuid, Map<String, Datum>> bridges = new LinkedHashMap<>();
        bridges.put(BR0, Map.of("name", OvsdbSet.ofStrings("br0"), "ports", OvsdbSet.of(Atom.uuid(P1))));
        db.addFetched("Bridge", bridges, Map.of("ports", Set.of(Atom.uuid(P1), Atom.uuid(P2))));
        Map<Uuid, Map<String, Datum>> ports = new LinkedHashMap<>();
        ports.put(P1, Map.of("name", OvsdbSet.ofStrings("p1")));
        ports.put(P2, Map.of("name", OvsdbSet.ofStrings("p2")));
        db.addFetched("Port", ports);
        return db;
    }

    private static List<Operation.Wait> waits(CommitPlan plan) {
        return plan.transaction().operations().stream().filter(Operation.Wait.class::isInstance)
                .map(Operation.Wait.class::cast).toList();
    }

    @Test
    void aVerifyGuardsOnlyTheFetchedReferences() {
        WorkingDatabase db = db();
        db.row("Bridge", BR0).orElseThrow().verify("ports");

        CommitPlan plan = new CommitAssembler(db).assemble(Optional.empty(), "c", false);

        assertThat(waits(plan)).singleElement().satisfies(wait -> {
            assertThat(wait.columns()).isEmpty();
            assertThat(wait.where()).containsExactly(Condition.uuidIs(BR0),
                    new Condition("ports", Function.INCLUDES, OvsdbSet.of(Atom.uuid(P1))),
                    new Condition("ports", Function.EXCLUDES, OvsdbSet.of(Atom.uuid(P2))));
            assertThat(wait.rows()).hasSize(1);
        });
    }

    @Test
    void removingAFetchedReferenceIsOneMutateGuardedOnce() {
        WorkingDatabase db = db();
        WorkingRow bridge = db.row("Bridge", BR0).orElseThrow();
        bridge.removeFromSet("ports", List.of(Atom.uuid(P1)));
        bridge.verify("ports");

        CommitPlan plan = new CommitAssembler(db).assemble(Optional.empty(), "c", false);

        assertThat(bridge.read("ports")).isEqualTo(OvsdbSet.empty());
        assertThat(waits(plan)).singleElement().extracting(Operation.Wait::where)
                .isEqualTo(List.of(Condition.uuidIs(BR0),
                        new Condition("ports", Function.INCLUDES, OvsdbSet.of(Atom.uuid(P1))),
                        new Condition("ports", Function.EXCLUDES, OvsdbSet.of(Atom.uuid(P2)))));
        assertThat(plan.transaction().operations()).filteredOn(Operation.Update.class::isInstance).isEmpty();
        assertThat(plan.transaction().operations()).filteredOn(Operation.Mutate.class::isInstance).hasSize(1);
    }

    @Test
    void aPartialColumnCannotBeWrittenWhole() {
        WorkingRow bridge = db().row("Bridge", BR0).orElseThrow();

        assertThatThrownBy(() -> bridge.write("ports", OvsdbSet.of(Atom.uuid(P2))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("fetched partially");
    }

    @Test
    void aColumnFetchedWholeIsVerifiedByItsValue() {
        WorkingDatabase db = db();
        db.row("Open_vSwitch", ROOT).orElseThrow().verify("bridges");

        CommitPlan plan = new CommitAssembler(db).assemble(Optional.empty(), "c", false);

        assertThat(waits(plan)).singleElement().extracting(Operation.Wait::columns).isEqualTo(List.of("bridges"));
    }
}
