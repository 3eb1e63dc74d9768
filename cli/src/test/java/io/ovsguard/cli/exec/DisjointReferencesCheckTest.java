package io.ovsguard.cli.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.op.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DisjointReferencesCheckTest {

    private static final Uuid BR0 = Uuid.parse("22222222-2222-2222-2222-222222222222");
    private static final Uuid BR1 = Uuid.parse("44444444-4444-4444-4444-444444444444");
    private static final Uuid I1 = Uuid.parse("55555555-5555-5555-5555-555555555555");
    private static final Uuid I2 = Uuid.parse("66666666-6666-6666-6666-666666666666");
    private static final Uuid I3 = Uuid.parse("77777777-7777-7777-7777-777777777777");

    /** What list-br declares: every bridge, the fake-bridge ports, and the two promises. */
    private static Prerequisites bridgeList() {
        Prerequisites command = new Prerequisites();
        command.columns("Bridge", List.of("name"));
        command.referencesWithin("Bridge", "ports", "Port");
        command.columns("Port", List.of("name", "interfaces"));
        command.restrict("Port", List.of(Condition.equal("fake_bridge", Atom.bool(true))));
        command.requireDisjoint("Bridge", "ports", "name");
        command.requireDisjoint("Port", "interfaces", "name");
        Prerequisites line = new Prerequisites();
        line.merge(command);
        return line;
    }

    private static List<FetchPlanner.CheckQuery> checks(List<FetchPlanner.Query> queries) {
        List<FetchPlanner.CheckQuery> checks = new ArrayList<>();
        queries.forEach(q -> {
            if (q instanceof FetchPlanner.CheckQuery check) {
                checks.add(check);
            }
        });
        return checks;
    }

    /** Answers the first round: the bridges given, no fake-bridge port, and the Port check's answer. */
    private static FetchedRows firstRound(FetchPlanner planner, List<Uuid> bridges, int ports,
            List<Datum> interfaceSets) {
        FetchedRows fetched = new FetchedRows(bridgeList().asMap().keySet());
        for (FetchPlanner.Query query : planner.first()) {
            if (query instanceof FetchPlanner.CheckQuery check) {
                List<Row> rows = new ArrayList<>();
                if (check.count()) {
                    for (int i = 0; i < ports; i++) {
                        rows.add(Row.of(Map.of("name", OvsdbSet.ofStrings("p" + i))));
                    }
                } else {
                    interfaceSets.forEach(set -> rows.add(Row.of(Map.of("interfaces", set))));
                }
                fetched.add(query, rows);
            } else if (query.select().table().equals("Bridge")) {
                fetched.add(query, bridges.stream().map(b -> Row.of(Map.<String, Datum>of("name",
                        OvsdbSet.ofStrings(b.toString()))).withUuid(b)).toList());
            } else {
                fetched.add(query, List.of());
            }
        }
        return fetched;
    }

    private static OvsdbSet refs(Uuid... uuids) {
        return OvsdbSet.of(java.util.Arrays.stream(uuids).map(Atom::uuid).toList());
    }

    @Test
    void aCheckOfARestrictedTableCountsAndSelectsItsColumnInTheFirstRound() {
        List<FetchPlanner.CheckQuery> first = checks(new FetchPlanner(bridgeList(), TestSchema.vswitch()).first());

        assertThat(first).extracting(FetchPlanner.CheckQuery::select).containsExactly(
                new Operation.Select("Port", List.of(), Optional.of(List.of("name"))),
                new Operation.Select("Port", List.of(), Optional.of(List.of("interfaces"))));
    }

    @Test
    void aCheckOfATableFetchedWholeWaitsForTheRowCountAndIsDroppedForOneRow() {
        FetchPlanner planner = new FetchPlanner(bridgeList(), TestSchema.vswitch());
        FetchedRows fetched = firstRound(planner, List.of(BR0), 2, List.of(refs(I1), refs(I2)));

        assertThat(planner.anyCheckFails(fetched)).isFalse();
        assertThat(checks(planner.next(fetched))).isEmpty();
    }

    @Test
    void aCheckOfATableFetchedWholeGoesWithTheSecondRoundForTwoRows() {
        FetchPlanner planner = new FetchPlanner(bridgeList(), TestSchema.vswitch());
        FetchedRows fetched = firstRound(planner, List.of(BR0, BR1), 2, List.of(refs(I1), refs(I2)));

        List<FetchPlanner.CheckQuery> second = checks(planner.next(fetched));

        assertThat(second).extracting(FetchPlanner.CheckQuery::select).containsExactly(
                new Operation.Select("Bridge", List.of(), Optional.of(List.of("name"))),
                new Operation.Select("Bridge", List.of(), Optional.of(List.of("ports"))));
        fetched.add(second.get(0), List.of(Row.of(Map.of("name", OvsdbSet.ofStrings("a"))),
                Row.of(Map.of("name", OvsdbSet.ofStrings("b")))));
        fetched.add(second.get(1), List.of(Row.of(Map.of("ports", refs(I1))), Row.of(Map.of("ports", refs(I1)))));
        assertThat(planner.anyCheckFails(fetched)).isTrue();
    }

    @Test
    void disjointSetsOneForEachRowPassTheCheck() {
        FetchPlanner planner = new FetchPlanner(bridgeList(), TestSchema.vswitch());

        FetchedRows fetched = firstRound(planner, List.of(BR0), 3, List.of(refs(I1), refs(I2, I3), refs()));

        assertThat(planner.anyCheckFails(fetched)).isFalse();
    }

    @Test
    void aReferenceInTwoDistinctSetsFailsTheCheck() {
        FetchPlanner planner = new FetchPlanner(bridgeList(), TestSchema.vswitch());

        FetchedRows fetched = firstRound(planner, List.of(BR0), 2, List.of(refs(I1), refs(I1, I2)));

        assertThat(planner.anyCheckFails(fetched)).isTrue();
    }

    @Test
    void fewerDistinctSetsThanRowsFailTheCheck() {
        // the server answers two ports holding the same interface with one value
        FetchPlanner planner = new FetchPlanner(bridgeList(), TestSchema.vswitch());

        FetchedRows fetched = firstRound(planner, List.of(BR0), 3, List.of(refs(I1), refs(I2)));

        assertThat(planner.anyCheckFails(fetched)).isTrue();
    }

    @Test
    void nothingIsCheckedWhenEveryTableIsFetchedWhole() {
        Prerequisites line = bridgeList();
        Prerequisites listPorts = new Prerequisites();
        listPorts.columns("Port", List.of("name"));
        line.merge(listPorts);

        assertThat(line.disjointChecks()).isEmpty();
        assertThat(checks(new FetchPlanner(line, TestSchema.vswitch()).first())).isEmpty();
    }

    @Test
    void theWholeFallbackFetchesEveryRowAndColumnWhole() {
        Prerequisites whole = bridgeList().whole();

        assertThat(whole.restrictionsOf("Port")).isEmpty();
        assertThat(whole.partialColumns()).isEmpty();
        assertThat(whole.disjointChecks()).isEmpty();
        assertThat(whole.columnsOf("Bridge")).contains("name", "ports");
    }
}
