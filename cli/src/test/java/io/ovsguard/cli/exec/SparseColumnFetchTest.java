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
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sparse columns (fetched as the rows off their default) and guarded columns (fetched only when a guard is set). */
class SparseColumnFetchTest {

    private static final DatabaseSchema SCHEMA = TestSchema.vswitch();
    private static final Uuid P1 = Uuid.parse("33333333-3333-3333-3333-333333333333");
    private static final Uuid P2 = Uuid.parse("44444444-4444-4444-4444-444444444444");
    private static final Datum NO_TAG = OvsdbSet.of();
    private static final Datum NOT_FAKE = OvsdbSet.of(Atom.bool(false));

    private static Prerequisites line(Prerequisites... commands) {
        Prerequisites line = new Prerequisites();
        for (Prerequisites command : commands) {
            line.merge(command);
        }
        return line;
    }

    /** What show declares of the ports: every port, its name and interfaces, its tag and trunks sparse. */
    private static Prerequisites showPorts() {
        Prerequisites command = new Prerequisites();
        command.table("Port");
        command.columns("Port", List.of("name", "interfaces"));
        command.sparseColumns("Port", List.of("tag", "trunks"));
        return command;
    }

    /** What list-ports declares of the ports: fake_bridge sparse, tag only where a port is a fake bridge. */
    private static Prerequisites listPorts() {
        Prerequisites command = new Prerequisites();
        command.columns("Port", List.of("name", "interfaces"));
        command.sparseColumns("Port", List.of("fake_bridge"));
        command.columnsGuardedBy("Port", List.of("tag"), "fake_bridge");
        return command;
    }

    private static Operation.Select selectOf(List<FetchPlanner.Query> queries, String table) {
        return queries.stream().filter(q -> q instanceof FetchPlanner.RowQuery).map(FetchPlanner.Query::select)
                .filter(s -> s.table().equals(table)).findFirst().orElseThrow();
    }

    private static List<FetchPlanner.SparseQuery> sparse(List<FetchPlanner.Query> queries) {
        return queries.stream().filter(FetchPlanner.SparseQuery.class::isInstance)
                .map(FetchPlanner.SparseQuery.class::cast).toList();
    }

    private static Row port(Uuid uuid, String name) {
        return Row.of(Map.of("name", OvsdbSet.ofStrings(name), "interfaces", OvsdbSet.of())).withUuid(uuid);
    }

    /** Answers a round: two ports, and for each sparse query the rows of {@code offDefault} it names. */
    private static FetchedRows answer(Prerequisites line, List<FetchPlanner.Query> round,
            Map<String, Map<Uuid, Datum>> offDefault) {
        FetchedRows fetched = new FetchedRows(line.asMap().keySet());
        for (FetchPlanner.Query query : round) {
            if (query instanceof FetchPlanner.SparseQuery s) {
                List<Row> rows = new ArrayList<>();
                offDefault.getOrDefault(s.column(), Map.of()).forEach((uuid, value) ->
                        rows.add(Row.of(Map.of(s.column(), value)).withUuid(uuid)));
                fetched.add(query, rows);
            } else {
                fetched.add(query, List.of(port(P1, "p1"), port(P2, "p2")));
            }
        }
        return fetched;
    }

    @Test
    void aSparseColumnIsLeftOutOfItsTablesSelectAndAskedForWhereItIsOffItsDefault() {
        List<FetchPlanner.Query> first = new FetchPlanner(line(showPorts()), SCHEMA).first();

        assertThat(selectOf(first, "Port").columns()).contains(List.of("_uuid", "name", "interfaces"));
        assertThat(sparse(first)).extracting(FetchPlanner.Query::select).containsExactly(
                new Operation.Select("Port", List.of(new Condition("tag", Function.NOT_EQUAL, NO_TAG)),
                        Optional.of(List.of("_uuid", "tag"))),
                new Operation.Select("Port", List.of(new Condition("trunks", Function.NOT_EQUAL, OvsdbSet.of())),
                        Optional.of(List.of("_uuid", "trunks"))));
    }

    @Test
    void rowsTheSparseSelectLeftOutReadTheDefaultAndTheOthersTheirValue() {
        Prerequisites line = line(showPorts());
        FetchPlanner planner = new FetchPlanner(line, SCHEMA);
        FetchedRows fetched = answer(line, planner.first(),
                Map.of("tag", Map.of(P2, OvsdbSet.of(Atom.integer(10)))));

        WorkingDatabase db = fetched.database(SCHEMA, planner.partialColumns());

        WorkingRow p1 = db.row("Port", P1).orElseThrow();
        WorkingRow p2 = db.row("Port", P2).orElseThrow();
        assertThat(p1.read("tag")).isEqualTo(NO_TAG);
        assertThat(p2.read("tag")).isEqualTo(OvsdbSet.of(Atom.integer(10)));
        assertThat(p2.read("trunks")).isEqualTo(OvsdbSet.of());
        assertThat(p1.original("tag")).contains(NO_TAG);
        assertThat(p2.read("name")).isEqualTo(OvsdbSet.ofStrings("p2"));
    }

    @Test
    void aSparseColumnIsAnOrdinaryOneWhenAnotherCommandReadsItWhole() {
        Prerequisites addBridge = new Prerequisites();
        addBridge.columns("Port", List.of("name", "tag"));

        List<FetchPlanner.Query> first = new FetchPlanner(line(showPorts(), addBridge), SCHEMA).first();

        assertThat(selectOf(first, "Port").columns()).contains(List.of("_uuid", "name", "interfaces", "tag"));
        assertThat(sparse(first)).extracting(FetchPlanner.SparseQuery::column).containsExactly("trunks");
    }

    @Test
    void aSparseColumnIsAnOrdinaryOneWhenItsTableIsRestricted() {
        Prerequisites command = new Prerequisites();
        command.columns("Port", List.of("name"));
        command.sparseColumns("Port", List.of("tag"));
        command.restrict("Port", List.of(Condition.equal("name", Atom.string("p1"))));

        List<FetchPlanner.Query> first = new FetchPlanner(line(command), SCHEMA).first();

        assertThat(selectOf(first, "Port").columns()).contains(List.of("_uuid", "name", "tag"));
        assertThat(sparse(first)).isEmpty();
    }

    @Test
    void aGuardedColumnIsLeftOutWhileNoRowHasItsGuardSet() {
        Prerequisites line = line(listPorts());
        FetchPlanner planner = new FetchPlanner(line, SCHEMA);
        List<FetchPlanner.Query> first = planner.first();

        FetchedRows fetched = answer(line, first, Map.of());

        assertThat(selectOf(first, "Port").columns()).contains(List.of("_uuid", "name", "interfaces"));
        assertThat(sparse(first)).extracting(FetchPlanner.Query::select).containsExactly(
                new Operation.Select("Port", List.of(new Condition("fake_bridge", Function.NOT_EQUAL, NOT_FAKE)),
                        Optional.of(List.of("_uuid", "fake_bridge"))));
        assertThat(planner.anyGuardSet(fetched)).isFalse();
        assertThat(fetched.database(SCHEMA, List.of()).row("Port", P1).orElseThrow().read("fake_bridge"))
                .isEqualTo(NOT_FAKE);
    }

    @Test
    void aRowWithItsGuardSetMakesTheFetchAgainWithTheGuardedColumns() {
        Prerequisites line = line(listPorts());
        FetchPlanner planner = new FetchPlanner(line, SCHEMA);
        FetchedRows fetched = answer(line, planner.first(),
                Map.of("fake_bridge", Map.of(P2, OvsdbSet.of(Atom.bool(true)))));

        assertThat(planner.anyGuardSet(fetched)).isTrue();
        List<FetchPlanner.Query> again = new FetchPlanner(line.withGuardedColumns(), SCHEMA).first();
        assertThat(selectOf(again, "Port").columns()).contains(List.of("_uuid", "name", "interfaces", "tag"));
        assertThat(sparse(again)).extracting(FetchPlanner.SparseQuery::column).containsExactly("fake_bridge");
    }

    @Test
    void aGuardOfAnOrdinaryColumnIsReadFromTheFetchedRows() {
        Prerequisites readsFakeBridge = new Prerequisites();
        readsFakeBridge.columns("Port", List.of("fake_bridge"));
        Prerequisites line = line(listPorts(), readsFakeBridge);
        FetchPlanner planner = new FetchPlanner(line, SCHEMA);
        List<FetchPlanner.Query> first = planner.first();
        FetchedRows fetched = new FetchedRows(line.asMap().keySet());
        fetched.add(first.get(0), List.of(Row.of(Map.of("name", OvsdbSet.ofStrings("p1"), "fake_bridge",
                OvsdbSet.of(Atom.bool(true)))).withUuid(P1)));

        assertThat(sparse(first)).isEmpty();
        assertThat(planner.anyGuardSet(fetched)).isTrue();
    }

    @Test
    void aGuardedColumnIsAnOrdinaryOneWhenItsTableIsRestricted() {
        Prerequisites command = listPorts();
        command.restrict("Port", List.of(Condition.equal("name", Atom.string("p1"))));

        List<FetchPlanner.Query> first = new FetchPlanner(line(command), SCHEMA).first();

        assertThat(selectOf(first, "Port").columns())
                .contains(List.of("_uuid", "name", "interfaces", "fake_bridge", "tag"));
        assertThat(sparse(first)).isEmpty();
    }

    @Test
    void aGuardedColumnAnotherCommandFetchesSparselyNeedsNoGuard() {
        Prerequisites line = line(listPorts(), showPorts());
        FetchPlanner planner = new FetchPlanner(line, SCHEMA);
        FetchedRows fetched = answer(line, planner.first(),
                Map.of("fake_bridge", Map.of(P2, OvsdbSet.of(Atom.bool(true)))));

        assertThat(sparse(planner.first())).extracting(FetchPlanner.SparseQuery::column)
                .containsExactly("fake_bridge", "tag", "trunks");
        assertThat(planner.anyGuardSet(fetched)).isFalse();
    }
}
