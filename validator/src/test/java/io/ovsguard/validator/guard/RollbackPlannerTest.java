package io.ovsguard.validator.guard;

import static io.ovsguard.validator.guard.GuardFixtures.BR0;
import static io.ovsguard.validator.guard.GuardFixtures.IFACE_P0;
import static io.ovsguard.validator.guard.GuardFixtures.PORT_P0;
import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Recovery plans from crash marks: what a guard that died left behind, and what others wrote since. */
class RollbackPlannerTest {

    private final DatabaseSchema schema = GuardFixtures.schema();
    private static final Uuid NEW_PORT = GuardFixtures.uuid(10);
    private static final Uuid NEW_IFACE = GuardFixtures.uuid(11);

    /** p1 added by guard g (Port and Interface inserted, br0.ports written) and p0's mtu_request set to 9000. */
    private DatabaseSnapshot afterCrash(Datum p0MtuRequest) {
        DatabaseSnapshot s = GuardFixtures.switchWithP0();
        Map<String, String> inserted = CrashMark.insertedRow("g").entries();
        s = GuardFixtures.with(s, "Port", GuardFixtures.row(NEW_PORT, Map.of("name", OvsdbSet.ofStrings("p1"),
                "interfaces", OvsdbSet.of(Atom.uuid(NEW_IFACE)), "external_ids", OvsdbMap.ofStrings(inserted))));
        s = GuardFixtures.with(s, "Interface", GuardFixtures.row(NEW_IFACE, Map.of("name", OvsdbSet.ofStrings("p1"),
                "external_ids", OvsdbMap.ofStrings(inserted))));
        CrashMark bridgeMark = new CrashMark("g", false, Map.of("ports", new CrashMark.ColumnUndo(
                OvsdbSet.of(Atom.uuid(PORT_P0)), Optional.empty())));
        s = GuardFixtures.with(s, "Bridge", GuardFixtures.row(BR0, Map.of("name", OvsdbSet.ofStrings("br0"),
                "ports", OvsdbSet.of(Atom.uuid(PORT_P0), Atom.uuid(NEW_PORT)),
                "external_ids", OvsdbMap.ofStrings(bridgeMark.entries()))));
        CrashMark ifaceMark = new CrashMark("g", false, Map.of("mtu_request", new CrashMark.ColumnUndo(
                OvsdbSet.empty(), Optional.of(OvsdbSet.of(Atom.integer(9000))))));
        Map<String, String> ids = new LinkedHashMap<>(ifaceMark.entries());
        ids.put("owner", "ops");
        Row p0 = s.row(new RowKey("Interface", IFACE_P0)).orElseThrow().with("mtu_request", p0MtuRequest)
                .with("external_ids", OvsdbMap.ofStrings(ids));
        return GuardFixtures.with(s, "Interface", p0);
    }

    @Test
    void marksGiveTheRowsToDeleteAndTheValuesToPutBack() {
        RollbackPlanner.Planned planned = RollbackPlanner.fromMarks(schema, "g",
                afterCrash(OvsdbSet.of(Atom.integer(9000))));

        RollbackPlan plan = planned.plan().orElseThrow();
        assertThat(plan.deletions()).containsExactlyInAnyOrder(new RowKey("Port", NEW_PORT),
                new RowKey("Interface", NEW_IFACE));
        assertThat(plan.restores().get(new RowKey("Bridge", BR0)).get("ports"))
                .isEqualTo(OvsdbSet.of(Atom.uuid(PORT_P0)));
        Map<String, Datum> p0 = plan.restores().get(new RowKey("Interface", IFACE_P0));
        assertThat(p0.get("mtu_request")).isEqualTo(OvsdbSet.empty());
        assertThat(p0.get("external_ids")).isEqualTo(OvsdbMap.ofStrings(Map.of("owner", "ops")));
    }

    @Test
    void valueWrittenByAnotherClientAfterTheCrashIsAConflictAndNothingIsPlanned() {
        RollbackPlanner.Planned planned = RollbackPlanner.fromMarks(schema, "g",
                afterCrash(OvsdbSet.of(Atom.integer(4000))));

        assertThat(planned.plan()).isEmpty();
        assertThat(planned.conflicts()).singleElement().asString()
                .contains("Interface p0 column mtu_request", "now 4000");
    }

    @Test
    void marksOfAnotherGuardAreLeftAlone() {
        RollbackPlanner.Planned planned = RollbackPlanner.fromMarks(schema, "other",
                afterCrash(OvsdbSet.of(Atom.integer(9000))));

        assertThat(planned.plan().orElseThrow().isEmpty()).isTrue();
    }
}
