package io.ovsguard.cli.exec;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.ovsdb.schema.TableSchema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The rows fetched for one attempt at running a command line, plus the changes its commands made so far: what
 * ovs-vsctl's IDL shows a command inside a transaction. Only tables declared as prerequisites are present.
 */
public final class WorkingDatabase {

    private final DatabaseSchema schema;
    private final Map<String, TableRows> tables = new LinkedHashMap<>();
    /** The rows as fetched, by table, which commands never change (they write to {@link WorkingRow}s). */
    private final Map<String, Map<Uuid, Map<String, Datum>>> fetchedImage = new LinkedHashMap<>();
    private final List<WorkingRow> changed = new ArrayList<>();
    private final Set<MatchGuard> matchGuards = new LinkedHashSet<>();
    /** Views computed from the rows, valid until a value changes (see {@link #derived}). */
    private final Map<String, Object> derivedViews = new HashMap<>();

    /** The rows with {@code value} in {@code column} must be, when the commit applies, those fetched. */
    record MatchGuard(String table, String column, Atom value) {
        // written out: a record's generated equals/hashCode are bound at run time by a bootstrap that the start-up
        // cache does not keep (tens of milliseconds on the first call)
        @Override
        public boolean equals(Object other) {
            return other instanceof MatchGuard g && table.equals(g.table) && column.equals(g.column)
                    && value.equals(g.value);
        }

        @Override
        public int hashCode() {
            return (table.hashCode() * 31 + column.hashCode()) * 31 + value.hashCode();
        }
    }

    WorkingDatabase(DatabaseSchema schema) {
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    public DatabaseSchema schema() {
        return schema;
    }

    /** Adds a fetched table; {@code rows} maps each row's uuid to its fetched column values. */
    void addFetched(String table, Map<Uuid, Map<String, Datum>> rows) {
        addFetched(table, rows, Map.of());
    }

    /**
     * Adds a fetched table with partial columns: {@code partialScopes} maps each such column to the rows it was
     * narrowed to (see {@link Prerequisites#referencesWithin}); its fetched values reference only those.
     */
    void addFetched(String table, Map<Uuid, Map<String, Datum>> rows, Map<String, Set<Atom>> partialScopes) {
        fetchedImage.put(table, rows);
        TableSchema tableSchema = schema.table(table);
        TableRows t = new TableRows(rows.size());
        // one pair of callbacks for the table, not two objects more per row (ten thousand ports)
        Consumer<WorkingRow> onFirstChange = changed::add;
        Runnable onValueChange = derivedViews::clear;
        rows.forEach((uuid, columns) -> t.addFetched(new WorkingRow(tableSchema, uuid, columns, partialScopes,
                onFirstChange, onValueChange)));
        tables.put(table, t);
    }

    /** Whether {@code other} was fetched with the same tables, rows and values as this one. */
    boolean fetchedSameAs(WorkingDatabase other) {
        return fetchedImage.equals(other.fetchedImage);
    }

    /**
     * Makes the commit fail and the command line run again if, when it applies, the rows of {@code table} whose
     * {@code column} is {@code value} are not those fetched (say, another client added a port of a name this line
     * found free): a narrow guard where a verify of a whole set column (a bridge's ten thousand ports) would cost
     * much more. The column must have been fetched, with every row that has the value.
     */
    public void guardMatchingRows(String table, String column, Atom value) {
        TableSchema tableSchema = schema.table(table);
        matchGuards.add(new MatchGuard(tableSchema.name(), tableSchema.column(column).name(), value));
    }

    Set<MatchGuard> matchGuards() {
        return Collections.unmodifiableSet(matchGuards);
    }

    /** The uuids of the fetched rows (deleted by this line or not) whose fetched column equals {@code value}. */
    List<Uuid> fetchedRowsWith(String table, String column, Datum value) {
        List<Uuid> uuids = new ArrayList<>();
        for (WorkingRow row : tableRows(table).byUuid.values()) {
            if (!row.isInserted() && row.original(column).orElseThrow(() -> new IllegalStateException(
                    "column " + column + " of table " + table + " was guarded but not fetched")).equals(value)) {
                uuids.add(row.uuid());
            }
        }
        return uuids;
    }

    /**
     * A view computed from the rows (say, the bridge picture of ten thousand ports), computed once and reused until
     * a row is inserted, written or deleted: commands that only read share it. {@code key} names the view.
     */
    public <T> T derived(String key, Class<T> type, Function<WorkingDatabase, T> compute) {
        Object view = derivedViews.get(key);
        if (view == null) {
            view = compute.apply(this);
            derivedViews.put(key, view);
        }
        return type.cast(view);
    }

    /**
     * Walks the fetched rows in the order ovs-vsctl's IDL creates them while it parses the monitor reply, references
     * included ({@link IdlRowOrder#creationOrder}). Only for a fetch of every table whole, with every column whole:
     * the order depends on every reference the reply holds.
     */
    void orderRowsByReferences() {
        Map<String, List<Uuid>> fetched = new LinkedHashMap<>();
        fetchedImage.forEach((table, rows) -> fetched.put(table, List.copyOf(rows.keySet())));
        Map<String, List<Uuid>> created = IdlRowOrder.creationOrder(fetched, new ParsedReferences(schema,
                fetchedImage));
        tables.forEach((table, rows) -> rows.fetchedInOrder(created.getOrDefault(table, List.of())));
    }

    /** Whether the table was fetched. */
    public boolean has(String table) {
        return tables.containsKey(table);
    }

    /**
     * The picture of the switch is built again from the IDL's reads, which show no partial update: the pending
     * partial set updates of add-bond-iface and del-bond-iface leave it.
     */
    void hidePartialUpdatesFromSwitchPicture() {
        boolean shown = false;
        for (WorkingRow row : changed) {
            shown |= row.hidePartialUpdatesFromSwitchPicture();
        }
        if (shown) {
            // every database command of a line lands here: views built from the rows stay unless the picture changed
            derivedViews.clear();
        }
    }

    /** The table's rows that exist in this transaction, in the order ovs-vsctl walks them. */
    public List<WorkingRow> rows(String table) {
        return tableRows(table).live();
    }

    /**
     * The table's rows that exist in this transaction, in no particular order: for work whose result does not
     * depend on the order (verifying ten thousand rows), without working out ovs-vsctl's.
     */
    public List<WorkingRow> rowsInAnyOrder(String table) {
        List<WorkingRow> result = new ArrayList<>();
        for (WorkingRow row : tableRows(table).byUuid.values()) {
            if (!row.isDeleted()) {
                result.add(row);
            }
        }
        return result;
    }

    /** The row with this uuid, if it exists in this transaction (deleted rows do not). */
    public Optional<WorkingRow> row(String table, Uuid uuid) {
        WorkingRow row = tableRows(table).byUuid.get(uuid);
        return row == null || row.isDeleted() ? Optional.empty() : Optional.of(row);
    }

    /** Looks {@code uuid} up in every fetched table. */
    public Optional<WorkingRow> anyRow(Uuid uuid) {
        for (TableRows t : tables.values()) {
            WorkingRow row = t.byUuid.get(uuid);
            if (row != null && !row.isDeleted()) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    /** Inserts a new row with default values under a fresh temporary uuid. */
    public WorkingRow insert(String table) {
        return insert(table, TemporaryUuids.next());
    }

    /** Inserts a new row under {@code temporaryUuid} (the uuid an {@code @name} stands for). */
    public WorkingRow insert(String table, Uuid temporaryUuid) {
        return insert(table, temporaryUuid, false);
    }

    /** Inserts a new row that keeps {@code uuid} in the database ({@code create --id=UUID}, OVS 3.1). */
    public WorkingRow insertPersistent(String table, Uuid uuid) {
        return insert(table, uuid, true);
    }

    private WorkingRow insert(String table, Uuid uuid, boolean persistent) {
        // like the IDL, a table need not be fetched to insert into it; it then shows only the inserted rows
        TableRows t = tables.computeIfAbsent(schema.table(table).name(), n -> new TableRows(0));
        WorkingRow row = WorkingRow.inserted(schema.table(table), uuid, persistent, changed::add,
                derivedViews::clear);
        derivedViews.clear();
        t.add(row);
        row.touch();
        return row;
    }

    /**
     * The rows this transaction changed, in the order the IDL keeps them (a hash map keyed by the uuid's first
     * word, filled in the order rows were first changed), which is the order of their operations.
     */
    List<WorkingRow> changedRows() {
        Map<Uuid, WorkingRow> byUuid = new HashMap<>();
        changed.forEach(row -> byUuid.put(row.uuid(), row));
        List<WorkingRow> order = new ArrayList<>(changed.size());
        List<Uuid> uuids = new ArrayList<>(changed.size());
        for (WorkingRow row : changed) {
            uuids.add(row.uuid());
        }
        for (Uuid uuid : IdlRowOrder.iterationOrder(uuids)) {
            order.add(byUuid.get(uuid));
        }
        return order;
    }

    /** Whether any row was inserted, deleted, written or mutated (verifies alone change nothing). */
    boolean modified() {
        for (WorkingRow row : changed) {
            if (row.modified()) {
                return true;
            }
        }
        return false;
    }

    /** Number of rows the server had in {@code table} when it was fetched. */
    int fetchedCount(String table) {
        int count = 0;
        for (WorkingRow row : tableRows(table).byUuid.values()) {
            if (!row.isInserted()) {
                count++;
            }
        }
        return count;
    }

    List<String> tableNames() {
        return List.copyOf(tables.keySet());
    }

    private TableRows tableRows(String table) {
        TableRows t = tables.get(table);
        if (t == null) {
            throw new IllegalStateException("table " + table + " was used but not declared as a prerequisite");
        }
        return t;
    }

    /**
     * One table's rows, keyed by uuid, with the IDL's row map order: the fetched rows in the order the IDL inserts
     * them, then the rows this line inserted. The order is worked out only when the rows are walked (a command that
     * looks rows up by uuid in a table of ten thousand never needs it).
     */
    private static final class TableRows {
        private final Map<Uuid, WorkingRow> byUuid;
        private final List<Uuid> fetched;
        private final List<Uuid> inserted = new ArrayList<>();
        /** The fetched rows in the IDL's creation order, when the database has it ({@link #orderRowsByReferences}). */
        private List<Uuid> fetchedCreated;
        private List<Uuid> order = List.of();
        private boolean orderValid = true;

        /** Sized for {@code expected} fetched rows: a table of ten thousand is filled without rehashing. */
        TableRows(int expected) {
            byUuid = new HashMap<>(expected * 4 / 3 + 1);
            fetched = new ArrayList<>(expected);
        }

        void addFetched(WorkingRow row) {
            put(row);
            fetched.add(row.uuid());
        }

        void add(WorkingRow row) {
            put(row);
            inserted.add(row.uuid());
        }

        /**
         * Takes {@code created}, the IDL's creation order, for the fetched rows. It may hold rows that were not
         * fetched (the all-zero uuid of a default reference): they take their place in the row map, and are not
         * walked.
         */
        void fetchedInOrder(List<Uuid> created) {
            if (!new HashSet<>(created).containsAll(fetched)) {
                throw new IllegalStateException("fetched rows that the IDL would not have created in " + created);
            }
            fetchedCreated = List.copyOf(created);
            orderValid = false;
        }

        private void put(WorkingRow row) {
            if (byUuid.putIfAbsent(row.uuid(), row) != null) {
                throw new IllegalStateException("duplicate row " + row.uuid() + " in table " + row.tableName());
            }
            orderValid = false;
        }

        List<WorkingRow> live() {
            if (!orderValid) {
                List<Uuid> insertion = new ArrayList<>(fetchedCreated != null ? fetchedCreated
                        : IdlRowOrder.insertionOrder(fetched));
                insertion.addAll(inserted);
                order = IdlRowOrder.iterationOrder(insertion);
                orderValid = true;
            }
            List<WorkingRow> result = new ArrayList<>(order.size());
            for (Uuid uuid : order) {
                WorkingRow row = byUuid.get(uuid);
                if (row != null && !row.isDeleted()) {
                    result.add(row);
                }
            }
            return result;
        }
    }

}
