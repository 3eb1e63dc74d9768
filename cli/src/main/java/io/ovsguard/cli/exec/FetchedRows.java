package io.ovsguard.cli.exec;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.notation.UuidAtom;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows a fetch has received so far, by table, and for each partial column which fetched rows reference which
 * target rows; in the end a {@link WorkingDatabase} whose partial columns hold exactly those references.
 */
final class FetchedRows {

    private final Map<String, Map<Uuid, Map<String, Datum>>> byTable = new LinkedHashMap<>();
    /** Per partial column key, per referencing row, the target rows it references. */
    private final Map<String, Map<Uuid, List<Atom>>> references = new LinkedHashMap<>();

    /** Per checked column, the number of rows of its table and the distinct values of the column. */
    private final Map<String, Integer> checkCounts = new LinkedHashMap<>();
    private final Map<String, List<Datum>> checkValues = new LinkedHashMap<>();

    /** Per table, its sparse columns ({@link FetchPlanner.SparseQuery}) with their defaults. */
    private final Map<String, Map<String, Datum>> sparseDefaults = new LinkedHashMap<>();
    /** Per table, per row, the sparse columns off their default in that row. */
    private final Map<String, Map<Uuid, Map<String, Datum>>> sparseValues = new LinkedHashMap<>();
    /** The tables whose rows have their sparse columns filled in ({@link #completed}). */
    private final Set<String> completedTables = new HashSet<>();

    FetchedRows(Set<String> tables) {
        tables.forEach(t -> byTable.put(t, new LinkedHashMap<>()));
    }

    boolean has(String table) {
        return byTable.containsKey(table);
    }

    boolean contains(String table, Uuid uuid) {
        return byTable.get(table).containsKey(uuid);
    }

    List<Uuid> uuids(String table) {
        return List.copyOf(byTable.get(table).keySet());
    }

    List<Map<String, Datum>> rows(String table) {
        return List.copyOf(completed(table).values());
    }

    /** Whether a fetched row of {@code table} holds something else than {@code defaultValue} in {@code column}. */
    boolean anyRowDiffers(String table, String column, Datum defaultValue) {
        if (sparseDefaults.getOrDefault(table, Map.of()).containsKey(column)) {
            // the sparse select returned exactly the rows off the default
            for (Map<String, Datum> row : sparseValues.getOrDefault(table, Map.of()).values()) {
                if (row.containsKey(column)) {
                    return true;
                }
            }
            return false;
        }
        for (Map<String, Datum> row : byTable.get(table).values()) {
            Datum value = row.get(column);
            if (value != null && !value.equals(defaultValue)) {
                return true;
            }
        }
        return false;
    }

    /** Files every row of {@code table}, read whole (see {@link WholeTableSnapshot}). */
    void addWhole(String table, Map<Uuid, Map<String, Datum>> rows) {
        byTable.put(table, rows);
    }

    /** Files the rows a {@link FetchPlanner.Query} returned. */
    void add(FetchPlanner.Query query, List<Row> rows) {
        if (query instanceof FetchPlanner.CheckQuery check) {
            if (check.count()) {
                checkCounts.put(check.check().key(), rows.size());
            } else {
                List<Datum> values = new ArrayList<>(rows.size());
                rows.forEach(row -> values.add(row.columns().get(check.check().column())));
                checkValues.put(check.check().key(), values);
            }
            return;
        }
        if (query instanceof FetchPlanner.SparseQuery sparse) {
            String table = sparse.select().table();
            sparseDefaults.computeIfAbsent(table, t -> new LinkedHashMap<>()).put(sparse.column(),
                    sparse.defaultValue());
            Map<Uuid, Map<String, Datum>> values = sparseValues.computeIfAbsent(table, t -> new LinkedHashMap<>());
            for (Row row : rows) {
                values.computeIfAbsent(uuidOf(row), u -> new LinkedHashMap<>()).put(sparse.column(),
                        row.columns().get(sparse.column()));
            }
            return;
        }
        if (query instanceof FetchPlanner.ReferenceProbe probe) {
            for (Row row : rows) {
                references.computeIfAbsent(probe.column().key(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(uuidOf(row), u -> new ArrayList<>()).add(new UuidAtom(probe.target()));
            }
            return;
        }
        String table = query.select().table();
        Map<Uuid, Map<String, Datum>> fetched = byTable.get(table);
        if (fetched.isEmpty() && rows.size() > 16) {
            // sized once for the whole table (ten thousand ports) instead of doubling a dozen times
            fetched = new LinkedHashMap<>(rows.size() * 4 / 3 + 1);
            byTable.put(table, fetched);
        }
        for (Row row : rows) {
            // one row per call: a method is compiled after a few hundred calls, a loop body much later
            file(fetched, row);
        }
    }

    private static void file(Map<Uuid, Map<String, Datum>> fetched, Row row) {
        fetched.put(uuidOf(row), row.columns());
    }

    private static Uuid uuidOf(Row row) {
        return row.uuid().orElseThrow(() -> new IllegalStateException("select returned no _uuid"));
    }

    /** Answers a check from the rows fetched (whole, with the checked column): one value per row. */
    void checkLocally(Prerequisites.DisjointReferences check) {
        Map<Uuid, Map<String, Datum>> rows = completed(check.table());
        List<Datum> values = new ArrayList<>(rows.size());
        rows.values().forEach(row -> values.add(row.get(check.column())));
        checkCounts.put(check.key(), rows.size());
        checkValues.put(check.key(), values);
    }

    /**
     * Whether the answer to a disjointness check shows two rows of its table referencing one row: some reference
     * appears in two of the distinct values, or there are fewer distinct values than rows (two rows hold the same
     * set; two empty sets reference nothing, but count as a contradiction too, to stay simple). False
     * while the check has not been answered.
     */
    boolean contradicts(Prerequisites.DisjointReferences check) {
        Integer count = checkCounts.get(check.key());
        List<Datum> values = checkValues.get(check.key());
        if (count == null || values == null) {
            return false;
        }
        if (values.size() != count) {
            return true;
        }
        Set<Atom> seen = new HashSet<>();
        for (Datum value : values) {
            if (value instanceof OvsdbSet set) {
                for (Atom atom : set.atoms()) {
                    if (!seen.add(atom)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The working database: every fetched row, partial columns narrowed to the fetched target rows. */
    WorkingDatabase database(DatabaseSchema schema, List<Prerequisites.PartialColumn> partialColumns) {
        WorkingDatabase db = new WorkingDatabase(schema);
        byTable.keySet().forEach(table -> {
            Map<String, Set<Atom>> scopes = new LinkedHashMap<>();
            Map<Uuid, Map<String, Datum>> completed = completed(table);
            for (Prerequisites.PartialColumn partial : partialColumns) {
                if (!partial.table().equals(table)) {
                    continue;
                }
                Set<Atom> scope = new LinkedHashSet<>();
                uuids(partial.target()).forEach(u -> scope.add(new UuidAtom(u)));
                scopes.put(partial.column(), scope);
                completed = withPartialColumn(completed, partial);
            }
            db.addFetched(table, completed, scopes);
        });
        return db;
    }

    /**
     * The rows of {@code table} with their sparse columns filled in, as the commands read them. Done in place, once
     * the sparse selects, which come with the first round, are in: no later round adds rows to a table fetched
     * whole, the only kind with sparse columns.
     */
    private Map<Uuid, Map<String, Datum>> completed(String table) {
        Map<Uuid, Map<String, Datum>> rows = byTable.get(table);
        Map<String, Datum> defaults = sparseDefaults.get(table);
        if (defaults != null && completedTables.add(table)) {
            Map<Uuid, Map<String, Datum>> values = sparseValues.getOrDefault(table, Map.of());
            rows.replaceAll((uuid, columns) -> new SparseColumnRow(columns, values.getOrDefault(uuid, Map.of()),
                    defaults));
        }
        return rows;
    }

    private Map<Uuid, Map<String, Datum>> withPartialColumn(Map<Uuid, Map<String, Datum>> rows,
            Prerequisites.PartialColumn partial) {
        Map<Uuid, List<Atom>> referenced = references.getOrDefault(partial.key(), Map.of());
        Map<Uuid, Map<String, Datum>> completed = new LinkedHashMap<>();
        rows.forEach((uuid, columns) -> {
            Map<String, Datum> row = new LinkedHashMap<>(columns);
            row.put(partial.column(), OvsdbSet.of(referenced.getOrDefault(uuid, List.of())));
            completed.put(uuid, row);
        });
        return completed;
    }
}
