package io.ovsguard.cli.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrerequisitesTest {

    private static final DatabaseSchema VSWITCH = KnownVswitchSchema.OPEN_VSWITCH.schema();
    private static final List<Condition> BR0 = List.of(Condition.equal("name", Atom.string("br0")));
    private static final List<Condition> P1 = List.of(Condition.equal("name", Atom.string("p1")));
    private static final List<Condition> P2 = List.of(Condition.equal("name", Atom.string("p2")));

    @Test
    void columnsAloneFetchEveryRow() {
        Prerequisites p = new Prerequisites();
        p.columns("Bridge", List.of("name"));
        assertThat(p.restrictionsOf("Bridge")).isEmpty();
        assertThat(p.columnsOf("Bridge")).containsExactly("name");
    }

    @Test
    void restrictionsLimitTheRowsUnlessSomeCommandWantsTheWholeTable() {
        Prerequisites p = new Prerequisites();
        p.columns("Bridge", List.of("name"));
        p.restrict("Bridge", BR0);
        assertThat(p.restrictionsOf("Bridge")).containsExactly(BR0);
        p.table("Bridge");
        assertThat(p.restrictionsOf("Bridge")).isEmpty();
    }

    @Test
    void aTableWalkedIfReadIsLeftOutAloneAndFetchedWholeWhenAnotherCommandRestrictsIt() {
        Prerequisites alone = new Prerequisites();
        Prerequisites emerReset = new Prerequisites();
        emerReset.wholeIfRead("Flow_Sample_Collector_Set");
        alone.merge(emerReset);
        assertThat(alone.has("Flow_Sample_Collector_Set")).isFalse();

        List<Condition> id2 = List.of(Condition.equal("id", Atom.integer(2)));
        for (boolean walkerFirst : List.of(true, false)) {
            Prerequisites line = new Prerequisites();
            Prerequisites get = new Prerequisites();
            get.columns("Flow_Sample_Collector_Set", List.of("id"));
            get.restrict("Flow_Sample_Collector_Set", id2);
            line.merge(walkerFirst ? emerReset : get);
            line.merge(walkerFirst ? get : emerReset);
            assertThat(line.has("Flow_Sample_Collector_Set")).isTrue();
            assertThat(line.restrictionsOf("Flow_Sample_Collector_Set")).as("walker first: %s", walkerFirst)
                    .isEmpty();
        }
    }

    @Test
    void aTableStaysRestrictedWhenEveryCommandThatReadsItRestrictsIt() {
        Prerequisites line = new Prerequisites();
        Prerequisites addPort = new Prerequisites();
        addPort.columns("Port", List.of("name"));
        addPort.restrict("Port", P1);
        Prerequisites delPort = new Prerequisites();
        delPort.restrict("Port", P2);

        line.merge(addPort);
        line.merge(delPort);

        assertThat(line.restrictionsOf("Port")).containsExactly(P1, P2);
        assertThat(line.columnsOf("Port")).containsExactly("name");
    }

    @Test
    void aCommandThatReadsATableWithoutRestrictingItFetchesEveryRowForTheWholeLine() {
        Prerequisites line = new Prerequisites();
        Prerequisites addPort = new Prerequisites();
        addPort.columns("Port", List.of("name"));
        addPort.restrict("Port", P1);
        Prerequisites listPorts = new Prerequisites();
        listPorts.columns("Port", List.of("name", "interfaces"));

        line.merge(addPort);
        line.merge(listPorts);

        assertThat(line.restrictionsOf("Port")).isEmpty();
        assertThat(line.columnsOf("Port")).containsExactlyInAnyOrder("name", "interfaces");
    }

    @Test
    void linksAreKeptOnceInTheOrderDeclared() {
        Prerequisites line = new Prerequisites();
        Prerequisites command = new Prerequisites();
        command.follow("Port", "interfaces", "Interface");
        command.followReferrers("Interface", "Port", "interfaces");
        command.follow("Port", "interfaces", "Interface");

        line.merge(command);
        line.merge(command);

        assertThat(line.links()).containsExactly(new Prerequisites.Link("Port", "interfaces", "Interface", false),
                new Prerequisites.Link("Interface", "interfaces", "Port", true));
    }


    @Test
    void aColumnDeclaredAsReferencesWithinARestrictedTableIsPartial() {
        Prerequisites line = new Prerequisites();
        Prerequisites addPort = new Prerequisites();
        addPort.columns("Bridge", List.of("name"));
        addPort.referencesWithin("Bridge", "ports", "Port");
        addPort.restrict("Port", P1);

        line.merge(addPort);

        assertThat(line.partialColumns()).containsExactly(new Prerequisites.PartialColumn("Bridge", "ports", "Port"));
        assertThat(line.columnsOf("Bridge")).containsExactlyInAnyOrder("name", "ports");
    }

    @Test
    void aCommandReadingThePartialColumnWholeMakesItWholeForTheLine() {
        Prerequisites line = new Prerequisites();
        Prerequisites addPort = new Prerequisites();
        addPort.referencesWithin("Bridge", "ports", "Port");
        addPort.restrict("Port", P1);
        Prerequisites listPorts = new Prerequisites();
        listPorts.columns("Bridge", List.of("ports"));

        line.merge(addPort);
        line.merge(listPorts);

        assertThat(line.partialColumns()).isEmpty();
    }

    @Test
    void aListingAloneNeedsNoReferenceOrder() {
        Prerequisites line = lineWith("Interface", List.of("name"));

        assertThat(line.needsReferenceOrder(VSWITCH)).isFalse();
    }

    @Test
    void aListingBesideAReadColumnReferencingItsTableNeedsTheReferenceOrder() {
        Prerequisites line = lineWith("Controller", List.of("target"));
        line.columns("Bridge", List.of("name", "controller"));

        assertThat(line.needsReferenceOrder(VSWITCH)).isTrue();
    }

    @Test
    void anUnreadReferenceOfAtLeastOneElementCountsAsRead() {
        // a port's interfaces hold the zero uuid when not read, and the IDL creates that row among the interfaces
        Prerequisites line = lineWith("Interface", List.of("name"));
        line.columns("Port", List.of("name"));

        assertThat(line.needsReferenceOrder(VSWITCH)).isTrue();
    }

    @Test
    void anUnreadReferenceThatMayBeEmptyDoesNotCount() {
        Prerequisites line = lineWith("Port", List.of("name"));
        line.columns("Bridge", List.of("name"));

        assertThat(line.needsReferenceOrder(VSWITCH)).isFalse();
    }

    @Test
    void withoutAWalkedTableNoReferenceOrderIsNeeded() {
        Prerequisites line = new Prerequisites();
        line.table("Interface");
        line.columns("Port", List.of("name", "interfaces"));

        assertThat(line.needsReferenceOrder(VSWITCH)).isFalse();
    }

    @Test
    void aReadColumnBringsInTheTableItReferencesWhoseUnreadColumnsCountToo() {
        // a mirror's port columns bring in the ports, whose unread interfaces hold the zero uuid
        Prerequisites line = lineWith("Interface", List.of("name"));
        line.columns("Mirror", List.of("name", "select_src_port"));

        assertThat(line.referencedTables(VSWITCH)).containsExactly("Port");
        assertThat(line.needsReferenceOrder(VSWITCH)).isTrue();
        assertThat(line.wholeWithReferencedTables(VSWITCH).tables()).contains("Port", "Mirror", "Interface");
    }

    private static Prerequisites lineWith(String walked, List<String> columns) {
        Prerequisites command = new Prerequisites();
        command.table(walked);
        command.columns(walked, columns);
        command.walkInIdlOrder(walked);
        Prerequisites line = new Prerequisites();
        line.table("Open_vSwitch");
        line.columns("Open_vSwitch", List.of("cur_cfg"));
        line.merge(command);
        return line;
    }
}
