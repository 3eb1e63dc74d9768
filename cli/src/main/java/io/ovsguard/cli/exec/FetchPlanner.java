package io.ovsguard.cli.exec;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.notation.UuidAtom;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.op.Function;
import io.ovsguard.ovsdb.op.Operation;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which {@code select}s a fetch sends, round by round (one read-only transaction per round): first the declared
 * tables and restrictions, then the rows the links reach from the rows fetched so far ({@link Prerequisites#follow},
 * {@link Prerequisites#followReferrers}) until no new row is reached, and with them, for each partial column
 * ({@link Prerequisites#referencesWithin}), one probe per fetched target row: which rows reference it. Knows nothing
 * of the server, so the planning is testable on its own; {@link RowFetcher} runs the rounds. A sparse column
 * ({@link Prerequisites#sparseColumns}) comes with the first round as a select of the rows where it is off its
 * default.
 */
final class FetchPlanner {

    /** Steps along the links: interface to port to interface settles in two; more means a cycle of new rows. */
    private static final int MAX_LINK_STEPS = 4;

    /** One select of a round and what its rows are. */
    sealed interface Query {
        Operation.Select select();
    }

    /** Rows of {@code table} with the declared columns. */
    record RowQuery(Operation.Select select) implements Query {
        String table() {
            return select.table();
        }
    }

    /**
     * The rows of the select's table whose sparse {@code column} ({@link Prerequisites#sparseColumns}) is not
     * {@code defaultValue}, with that column: every other row of the table holds the default.
     */
    record SparseQuery(Operation.Select select, String column, Datum defaultValue) implements Query {
    }

    /** The uuids of the rows of {@code column.table()} whose partial column references {@code target}. */
    record ReferenceProbe(Operation.Select select, Prerequisites.PartialColumn column, Uuid target) implements Query {
    }

    /**
     * A select for a {@link Prerequisites.DisjointReferences} check: {@code count} selects the unique column (one
     * row per row), otherwise the checked column alone (one row per distinct value).
     */
    record CheckQuery(Operation.Select select, Prerequisites.DisjointReferences check, boolean count)
            implements Query {
    }

    private final Prerequisites prerequisites;
    private final DatabaseSchema schema;
    private final List<Prerequisites.DisjointReferences> checks;
    /**
     * Checks of tables fetched whole: answered from the fetched rows when the checked column is among them, else
     * sent with the second round unless the table has fewer than two rows.
     */
    private final List<Prerequisites.DisjointReferences> deferredChecks = new ArrayList<>();
    private final Map<String, Set<String>> wanted;
    private final List<Prerequisites.PartialColumn> partialColumns;
    private final Set<String> asked = new HashSet<>();
    // values asked for by (table, column, value), compared by the datums' own equals: a datum's text would be a
    // record's generated toString, which a cold JVM binds through an invokedynamic bootstrap (milliseconds)
    private final Set<List<Object>> askedValues = new HashSet<>();
    private int linkSteps;

    FetchPlanner(Prerequisites prerequisites, DatabaseSchema schema) {
        this.prerequisites = prerequisites;
        this.schema = schema;
        this.wanted = prerequisites.asMap();
        this.partialColumns = prerequisites.partialColumns();
        this.checks = prerequisites.disjointChecks();
    }

    List<Prerequisites.PartialColumn> partialColumns() {
        return partialColumns;
    }

    /** The first round: every declared table, whole or by its restrictions. */
    List<Query> first() {
        List<Query> queries = new ArrayList<>();
        for (String table : wanted.keySet()) {
            List<List<Condition>> restrictions = prerequisites.restrictionsOf(table);
            for (List<Condition> where : restrictions.isEmpty() ? List.of(List.<Condition>of()) : restrictions) {
                queries.add(rowQuery(table, where));
            }
            for (String column : prerequisites.sparseColumnsOf(table)) {
                Datum defaultValue = defaultOf(table, column);
                queries.add(new SparseQuery(new Operation.Select(table,
                        List.of(new Condition(column, Function.NOT_EQUAL, defaultValue)),
                        Optional.of(List.of(Row.UUID_COLUMN, column))), column, defaultValue));
            }
        }
        for (Prerequisites.DisjointReferences check : checks) {
            if (wanted.containsKey(check.table()) && prerequisites.restrictionsOf(check.table()).isEmpty()) {
                deferredChecks.add(check);
            } else {
                addCheck(check, queries);
            }
        }
        return queries;
    }

    /**
     * The first round in parts when a table with many rows ({@link Prerequisites#manyRows}) is fetched whole
     * together with another table: one part per table with many rows, then one for the other tables; otherwise the
     * first round as one part. A table's selects (rows, sparse columns, checks) stay in one part.
     */
    List<List<Query>> firstInParts() {
        List<Query> queries = first();
        Map<String, List<Query>> byTable = new LinkedHashMap<>();
        boolean manyRowsWhole = false;
        for (Query query : queries) {
            String table = query.select().table();
            byTable.computeIfAbsent(table, t -> new ArrayList<>()).add(query);
            manyRowsWhole |= query instanceof RowQuery && query.select().where().isEmpty()
                    && prerequisites.hasManyRows(table);
        }
        if (!manyRowsWhole || byTable.size() < 2) {
            return List.of(queries);
        }
        // the big parts first: the client reads each while the server works on the next, and what is left to
        // read after the server's last answer is small; the other tables go together (fewer requests when the
        // tables turn out small)
        List<List<Query>> parts = new ArrayList<>();
        List<Query> others = new ArrayList<>();
        byTable.forEach((table, part) -> {
            if (prerequisites.hasManyRows(table)) {
                parts.add(List.copyOf(part));
            } else {
                others.addAll(part);
            }
        });
        if (!others.isEmpty()) {
            parts.add(List.copyOf(others));
        }
        return List.copyOf(parts);
    }

    /**
     * The next round given what was fetched so far, or empty when the fetch is complete: the rows the links reach
     * that were not asked for yet, and the probes of the partial columns for the target rows fetched since the last
     * round (a row fetched by a link gets its probe with the next round's links).
     */
    List<Query> next(FetchedRows fetched) {
        List<Query> queries = new ArrayList<>();
        for (Prerequisites.DisjointReferences check : deferredChecks) {
            boolean fetchedWhole = wanted.get(check.table()).contains(check.column())
                    && !isPartial(check.table(), check.column());
            if (fetchedWhole) {
                fetched.checkLocally(check);
            } else if (fetched.uuids(check.table()).size() > 1) {
                // one row references nothing twice over (a set holds each reference once)
                addCheck(check, queries);
            }
        }
        deferredChecks.clear();
        if (linkSteps < MAX_LINK_STEPS) {
            linkSteps++;
            Map<String, List<Uuid>> reached = new HashMap<>();
            for (Prerequisites.Link link : prerequisites.links()) {
                if (follows(link, fetched)) {
                    follow(link, fetched, queries, reached);
                }
            }
            // A row a link reaches by its uuid in this round is followed back along the reverse links in the same
            // round: the referrers' select needs only that uuid, so the round after (a port's interface, then the
            // port that holds it) is not needed. A uuid that names no row finds no referrers.
            for (Prerequisites.Link link : prerequisites.links()) {
                if (link.reverse() && follows(link, fetched)) {
                    for (Uuid uuid : reached.getOrDefault(link.from(), List.of())) {
                        followBack(link, uuid, queries);
                    }
                }
            }
            for (String table : wanted.keySet()) {
                if (!prerequisites.restrictionsOf(table).isEmpty()) {
                    prerequisites.sameValueColumns(table).forEach(column -> followValues(table, column, fetched,
                            queries));
                }
            }
        }
        for (Prerequisites.PartialColumn column : partialColumns) {
            if (!fetched.has(column.table())) {
                continue;
            }
            for (Uuid target : fetched.uuids(column.target())) {
                if (asked.add(column.key() + '\u0000' + target)) {
                    queries.add(new ReferenceProbe(new Operation.Select(column.table(),
                            List.of(new Condition(column.column(), Function.INCLUDES,
                                    OvsdbSet.of(new UuidAtom(target)))),
                            Optional.of(List.of(Row.UUID_COLUMN))), column, target));
                }
            }
        }
        return queries;
    }

    /**
     * Whether a fetched row has the guard of a guarded column ({@link Prerequisites#columnsGuardedBy}) off its
     * default: then the commands need those columns, and the fetch must be done again with them.
     */
    boolean anyGuardSet(FetchedRows fetched) {
        for (String table : wanted.keySet()) {
            for (String guard : new LinkedHashSet<>(prerequisites.guardedColumnsOf(table).values())) {
                if (fetched.anyRowDiffers(table, guard, defaultOf(table, guard))) {
                    return true;
                }
            }
        }
        return false;
    }

    private Datum defaultOf(String table, String column) {
        return schema.table(table).column(column).type().defaultDatum();
    }

    /** Whether a check's answer shows two rows referencing one row (then the scoped rows may miss something). */
    boolean anyCheckFails(FetchedRows fetched) {
        for (Prerequisites.DisjointReferences check : checks) {
            if (fetched.contradicts(check)) {
                return true;
            }
        }
        return false;
    }

    // loops, not streams, here and above: every call plans a fetch, and a first stream costs a cold JVM ~0.4 ms
    private boolean isPartial(String table, String column) {
        for (Prerequisites.PartialColumn partial : partialColumns) {
            if (partial.table().equals(table) && partial.column().equals(column)) {
                return true;
            }
        }
        return false;
    }

    private static void addCheck(Prerequisites.DisjointReferences check, List<Query> queries) {
        queries.add(new CheckQuery(new Operation.Select(check.table(), List.of(),
                Optional.of(List.of(check.countColumn()))), check, true));
        queries.add(new CheckQuery(new Operation.Select(check.table(), List.of(),
                Optional.of(List.of(check.column()))), check, false));
    }

    private RowQuery rowQuery(String table, List<Condition> where) {
        Set<String> columns = new LinkedHashSet<>();
        columns.add(Row.UUID_COLUMN);
        columns.addAll(wanted.get(table));
        columns.remove(Row.VERSION_COLUMN);
        columns.removeAll(prerequisites.sparseColumnsOf(table));
        for (Prerequisites.PartialColumn partial : partialColumns) {
            if (partial.table().equals(table)) {
                columns.remove(partial.column());
            }
        }
        return new RowQuery(new Operation.Select(table, where, Optional.of(List.copyOf(columns))));
    }

    /** Whether {@code link} is followed: both ends are fetched, and the rows it reaches only where it leads. */
    private boolean follows(Prerequisites.Link link, FetchedRows fetched) {
        return fetched.has(link.from()) && fetched.has(link.to())
                && !prerequisites.restrictionsOf(link.to()).isEmpty();
    }

    /**
     * Adds the selects for the rows {@code link} reaches from the rows fetched so far and not asked for yet; the
     * uuids a forward link asks for go into {@code reached}, by table.
     */
    private void follow(Prerequisites.Link link, FetchedRows fetched, List<Query> queries,
                        Map<String, List<Uuid>> reached) {
        if (link.reverse()) {
            for (Uuid uuid : fetched.uuids(link.from())) {
                followBack(link, uuid, queries);
            }
            return;
        }
        for (Map<String, Datum> row : fetched.rows(link.from())) {
            for (Uuid uuid : references(row.get(link.column()))) {
                if (!fetched.contains(link.to(), uuid) && asked.add(link.to() + uuid)) {
                    queries.add(rowQuery(link.to(), List.of(Condition.uuidIs(uuid))));
                    reached.computeIfAbsent(link.to(), table -> new ArrayList<>()).add(uuid);
                }
            }
        }
    }

    /** Adds the select for the rows whose {@code link} column references {@code uuid}, unless it was asked for. */
    private void followBack(Prerequisites.Link link, Uuid uuid, List<Query> queries) {
        if (asked.add(link.key() + uuid)) {
            queries.add(rowQuery(link.to(), List.of(new Condition(link.column(), Function.INCLUDES,
                    OvsdbSet.of(Atom.uuid(uuid))))));
        }
    }

    /** Adds the selects for the rows of {@code table} holding a value of {@code column} a fetched row holds. */
    private void followValues(String table, String column, FetchedRows fetched, List<Query> queries) {
        for (Map<String, Datum> row : fetched.rows(table)) {
            Datum value = row.get(column);
            if (value instanceof OvsdbSet set && set.atoms().isEmpty() || value == null) {
                continue;
            }
            if (askedValues.add(List.of(table, column, value))) {
                queries.add(rowQuery(table, List.of(new Condition(column, Function.EQUAL, value))));
            }
        }
    }

    /** The uuids a set or map value references. */
    private static List<Uuid> references(Datum value) {
        List<Uuid> uuids = new ArrayList<>();
        if (value instanceof OvsdbSet set) {
            set.atoms().forEach(atom -> addUuid(atom, uuids));
        } else if (value instanceof OvsdbMap map) {
            map.entries().forEach(entry -> {
                addUuid(entry.key(), uuids);
                addUuid(entry.value(), uuids);
            });
        }
        return uuids;
    }

    private static void addUuid(Atom atom, List<Uuid> uuids) {
        if (atom instanceof UuidAtom uuid) {
            uuids.add(uuid.value());
        }
    }
}
