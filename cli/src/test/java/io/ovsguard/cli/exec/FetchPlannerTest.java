package io.ovsguard.cli.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.op.Function;
import io.ovsguard.ovsdb.op.Operation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FetchPlannerTest {

    private static final Uuid BR0 = Uuid.parse("22222222-2222-2222-2222-222222222222");
    private static final Uuid P1 = Uuid.parse("33333333-3333-3333-3333-333333333333");
    private static final Uuid I1 = Uuid.parse("55555555-5555-5555-5555-555555555555");
    private static final List<Condition> NAMED_P1 = List.of(Condition.equal("name", Atom.string("p1")));

    /** What add-port declares: bridges with their ports narrowed, ports by name and their interfaces. */
    private static Prerequisites scopedLine() {
        Prerequisites command = new Prerequisites();
        command.columns("Bridge", List.of("name"));
        command.referencesWithin("Bridge", "ports", "Port");
        command.columns("Port", List.of("name", "interfaces"));
        command.restrict("Port", NAMED_P1);
        command.columns("Interface", List.of("name"));
        command.restrict("Interface", List.of(Condition.uuidIs(Uuid.ZERO)));
        command.follow("Port", "interfaces", "Interface");
        Prerequisites line = new Prerequisites();
        line.merge(command);
        return line;
    }

    private static Row row(Uuid uuid, Map<String, Datum> columns) {
        return Row.of(columns).withUuid(uuid);
    }

    private static List<Operation.Select> selects(List<FetchPlanner.Query> queries) {
        return queries.stream().map(FetchPlanner.Query::select).toList();
    }

    @Test
    void theFirstRoundLeavesAPartialColumnOutOfItsTablesSelect() {
        FetchPlanner planner = new FetchPlanner(scopedLine(), TestSchema.vswitch());

        List<Operation.Select> first = selects(planner.first());

        Operation.Select bridges = first.stream().filter(s -> s.table().equals("Bridge")).findFirst().orElseThrow();
        assertThat(bridges.where()).isEmpty();
        assertThat(bridges.columns()).contains(List.of("_uuid", "name"));
        assertThat(first).filteredOn(s -> s.table().equals("Port")).extracting(Operation.Select::where)
                .containsExactly(NAMED_P1);
    }

    @Test
    void aPartialColumnIsFetchedWholeWhenAnotherCommandReadsItWhole() {
        Prerequisites line = scopedLine();
        Prerequisites listPorts = new Prerequisites();
        listPorts.columns("Bridge", List.of("name", "ports"));
        line.merge(listPorts);

        FetchPlanner planner = new FetchPlanner(line, TestSchema.vswitch());

        assertThat(planner.partialColumns()).isEmpty();
        assertThat(selects(planner.first())).filteredOn(s -> s.table().equals("Bridge"))
                .extracting(Operation.Select::columns).containsExactly(Optional.of(List.of("_uuid", "name", "ports")));
    }

    @Test
    void aPartialColumnIsFetchedWholeWhenItsTargetTableIsFetchedWhole() {
        Prerequisites line = scopedLine();
        Prerequisites listPorts = new Prerequisites();
        listPorts.columns("Port", List.of("name"));
        line.merge(listPorts);

        assertThat(new FetchPlanner(line, TestSchema.vswitch()).partialColumns()).isEmpty();
    }

    @Test
    void eachFetchedTargetRowIsProbedOnceAlongWithTheLinksOfTheNextRound() {
        FetchPlanner planner = new FetchPlanner(scopedLine(), TestSchema.vswitch());
        FetchedRows fetched = new FetchedRows(scopedLine().asMap().keySet());
        for (FetchPlanner.Query query : planner.first()) {
            if (query.select().table().equals("Port")) {
                fetched.add(query, List.of(row(P1, Map.of("name", OvsdbSet.ofStrings("p1"),
                        "interfaces", OvsdbSet.of(Atom.uuid(I1))))));
            } else if (query.select().table().equals("Bridge")) {
                fetched.add(query, List.of(row(BR0, Map.of("name", OvsdbSet.ofStrings("br0")))));
            }
        }

        List<FetchPlanner.Query> second = planner.next(fetched);

        assertThat(selects(second)).containsExactly(
                new Operation.Select("Interface", List.of(Condition.uuidIs(I1)), Optional.of(List.of("_uuid", "name"))),
                new Operation.Select("Bridge",
                        List.of(new Condition("ports", Function.INCLUDES, OvsdbSet.of(Atom.uuid(P1)))),
                        Optional.of(List.of("_uuid"))));
        assertThat(second.get(1)).isInstanceOf(FetchPlanner.ReferenceProbe.class);
        fetched.add(second.get(0), List.of(row(I1, Map.of("name", OvsdbSet.ofStrings("p1")))));
        fetched.add(second.get(1), List.of(Row.empty().withUuid(BR0)));
        assertThat(planner.next(fetched)).isEmpty();
    }

    @Test
    void aRowReachedByItsUuidIsFollowedBackToItsReferrersInTheSameRound() {
        // what del-port declares: the port by name, its interfaces, and the port that holds each interface
        Prerequisites command = new Prerequisites();
        command.columns("Port", List.of("name", "interfaces"));
        command.restrict("Port", NAMED_P1);
        command.columns("Interface", List.of("name"));
        command.restrict("Interface", List.of(Condition.uuidIs(Uuid.ZERO)));
        command.follow("Port", "interfaces", "Interface");
        command.followReferrers("Interface", "Port", "interfaces");
        Prerequisites line = new Prerequisites();
        line.merge(command);
        FetchPlanner planner = new FetchPlanner(line, TestSchema.vswitch());
        FetchedRows fetched = new FetchedRows(line.asMap().keySet());
        for (FetchPlanner.Query query : planner.first()) {
            fetched.add(query, query.select().table().equals("Port")
                    ? List.of(row(P1, Map.of("name", OvsdbSet.ofStrings("p1"), "interfaces",
                            OvsdbSet.of(Atom.uuid(I1)))))
                    : List.of());
        }

        List<FetchPlanner.Query> second = planner.next(fetched);

        assertThat(selects(second)).containsExactly(
                new Operation.Select("Interface", List.of(Condition.uuidIs(I1)), Optional.of(List.of("_uuid", "name"))),
                new Operation.Select("Port",
                        List.of(new Condition("interfaces", Function.INCLUDES, OvsdbSet.of(Atom.uuid(I1)))),
                        Optional.of(List.of("_uuid", "name", "interfaces"))));
        fetched.add(second.get(0), List.of(row(I1, Map.of("name", OvsdbSet.ofStrings("p1")))));
        fetched.add(second.get(1), List.of(row(P1, Map.of("name", OvsdbSet.ofStrings("p1"), "interfaces",
                OvsdbSet.of(Atom.uuid(I1))))));
        assertThat(planner.next(fetched)).as("nothing is left for a third round").isEmpty();
    }

    @Test
    void aPartialColumnReadsAsTheReferencesTheProbesFound() {
        FetchPlanner planner = new FetchPlanner(scopedLine(), TestSchema.vswitch());
        FetchedRows fetched = new FetchedRows(scopedLine().asMap().keySet());
        Uuid br1 = Uuid.parse("44444444-4444-4444-4444-444444444444");
        for (FetchPlanner.Query query : planner.first()) {
            if (query.select().table().equals("Port")) {
                fetched.add(query, List.of(row(P1, Map.of("name", OvsdbSet.ofStrings("p1"),
                        "interfaces", OvsdbSet.empty()))));
            } else if (query.select().table().equals("Bridge")) {
                fetched.add(query, List.of(row(BR0, Map.of("name", OvsdbSet.ofStrings("br0"))),
                        row(br1, Map.of("name", OvsdbSet.ofStrings("br1")))));
            }
        }
        List<FetchPlanner.Query> probes = planner.next(fetched);
        assertThat(probes).singleElement().isInstanceOf(FetchPlanner.ReferenceProbe.class);
        fetched.add(probes.get(0), List.of(Row.empty().withUuid(BR0)));
        assertThat(planner.next(fetched)).isEmpty();

        WorkingDatabase db = fetched.database(TestSchema.vswitch(), planner.partialColumns());

        WorkingRow holder = db.row("Bridge", BR0).orElseThrow();
        assertThat(holder.read("ports")).isEqualTo(OvsdbSet.of(Atom.uuid(P1)));
        assertThat(holder.partialScope("ports")).contains(java.util.Set.of(Atom.uuid(P1)));
        assertThat(db.row("Bridge", br1).orElseThrow().read("ports")).isEqualTo(OvsdbSet.empty());
    }

    @Test
    void withoutPartialColumnsOrLinksTheFetchIsOneRound() {
        Prerequisites line = new Prerequisites();
        line.table("Bridge");
        line.columns("Bridge", List.of("name", "ports"));
        FetchPlanner planner = new FetchPlanner(line, TestSchema.vswitch());
        FetchedRows fetched = new FetchedRows(line.asMap().keySet());
        planner.first().forEach(q -> fetched.add(q, List.of(row(BR0, Map.of("name", OvsdbSet.ofStrings("br0"),
                "ports", OvsdbSet.empty())))));

        assertThat(planner.next(fetched)).isEmpty();
    }

    @Test
    void aSameValueFollowFetchesTheOtherRowsHoldingAFetchedValueOnce() {
        Prerequisites command = new Prerequisites();
        command.columns("Port", List.of("name", "tag"));
        command.restrict("Port", List.of(Condition.equal("fake_bridge", Atom.bool(true))));
        command.followSameValue("Port", "tag");
        Prerequisites line = new Prerequisites();
        line.merge(command);
        FetchPlanner planner = new FetchPlanner(line, TestSchema.vswitch());
        FetchedRows fetched = new FetchedRows(line.asMap().keySet());
        Uuid p2 = Uuid.parse("66666666-6666-6666-6666-666666666666");
        planner.first().forEach(q -> fetched.add(q, List.of(
                row(P1, Map.of("name", OvsdbSet.ofStrings("v10"), "tag", OvsdbSet.of(Atom.integer(10)))),
                row(p2, Map.of("name", OvsdbSet.ofStrings("untagged"), "tag", OvsdbSet.empty())))));

        List<FetchPlanner.Query> second = planner.next(fetched);

        assertThat(selects(second)).containsExactly(new Operation.Select("Port",
                List.of(new Condition("tag", Function.EQUAL, OvsdbSet.of(Atom.integer(10)))),
                Optional.of(List.of("_uuid", "name", "tag"))));
        fetched.add(second.get(0), List.of(row(P1, Map.of("name", OvsdbSet.ofStrings("v10"),
                "tag", OvsdbSet.of(Atom.integer(10))))));
        assertThat(planner.next(fetched)).isEmpty();
    }

    @Test
    void aTableWithManyRowsFetchedWholeSplitsTheFirstRoundIntoOnePartPerTableItsOwnFirst() {
        Prerequisites command = new Prerequisites();
        command.columns("Bridge", List.of("name", "ports"));
        command.columns("Port", List.of("name", "interfaces"));
        command.sparseColumns("Port", List.of("tag"));
        command.manyRows("Port");
        Prerequisites line = new Prerequisites();
        line.merge(command);

        List<List<FetchPlanner.Query>> parts = new FetchPlanner(line, TestSchema.vswitch()).firstInParts();

        assertThat(parts).hasSize(2);
        assertThat(selects(parts.get(0))).extracting(Operation.Select::table).containsExactly("Port", "Port");
        assertThat(parts.get(0).get(1)).isInstanceOf(FetchPlanner.SparseQuery.class);
        assertThat(selects(parts.get(1))).extracting(Operation.Select::table).containsExactly("Bridge");
    }

    @Test
    void theTablesWithoutManyRowsShareTheLastPart() {
        Prerequisites command = new Prerequisites();
        command.columns("Open_vSwitch", List.of("bridges"));
        command.columns("Bridge", List.of("name", "ports"));
        command.columns("Port", List.of("name", "interfaces"));
        command.columns("Interface", List.of("name"));
        command.manyRows("Port");
        command.manyRows("Interface");
        Prerequisites line = new Prerequisites();
        line.merge(command);

        List<List<FetchPlanner.Query>> parts = new FetchPlanner(line, TestSchema.vswitch()).firstInParts();

        assertThat(parts).extracting(part -> selects(part).stream().map(Operation.Select::table).toList())
                .containsExactly(List.of("Port"), List.of("Interface"), List.of("Open_vSwitch", "Bridge"));
    }

    @Test
    void aRestrictedTableWithManyRowsKeepsTheFirstRoundInOnePart() {
        Prerequisites line = scopedLine();
        Prerequisites manyPorts = new Prerequisites();
        manyPorts.manyRows("Port");
        line.merge(manyPorts);

        List<List<FetchPlanner.Query>> parts = new FetchPlanner(line, TestSchema.vswitch()).firstInParts();

        assertThat(parts).hasSize(1);
        assertThat(selects(parts.get(0))).extracting(Operation.Select::table).contains("Bridge", "Port");
    }
}
