package io.ovsguard.cli.exec;

import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.schema.BaseType;
import io.ovsguard.ovsdb.schema.ColumnSchema;
import io.ovsguard.ovsdb.schema.ColumnType;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.ovsdb.schema.TableSchema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the commands of one command line will read: tables and, per table, columns. Only these are fetched from
 * the server (ovs-vsctl's {@code ovsdb_idl_add_table}/{@code ovsdb_idl_add_column}).
 *
 * <p>For scale, a command may fetch only some rows of a table ({@link #restrict}) and the rows linked to them
 * ({@link #follow}, {@link #followReferrers}); a table stays restricted only if every command that reads it
 * restricts it (see {@link #merge}).
 */
public final class Prerequisites {

    /**
     * A reference to follow after the first fetch. {@code reverse == false}: the rows of {@code to} that fetched rows
     * of {@code from} reference in {@code column}. {@code reverse == true}: the rows of {@code to} whose
     * {@code column} references a fetched row of {@code from}.
     */
    record Link(String from, String column, String to, boolean reverse) {
        String key() {
            return from + '\u0000' + column + '\u0000' + to + '\u0000' + reverse;
        }
    }

    /**
     * A set column fetched only as far as it references fetched rows of {@code target}: a bridge's ports narrowed
     * to the ports a command looked up, instead of ten thousand uuids.
     */
    record PartialColumn(String table, String column, String target) {
        String key() {
            return table + '\u0000' + column;
        }
    }

    /**
     * A promise a scoped fetch relies on: no two rows of {@code table} reference the same row in the set column
     * {@code column}. {@code countColumn} holds a different value in every row (an index), so the server's answer
     * to a select of it counts the rows.
     */
    record DisjointReferences(String table, String column, String countColumn) {
        String key() {
            return table + '\u0000' + column;
        }
    }

    private final boolean offersNameGuess;
    private boolean guessesNames;
    private final Map<String, Set<String>> columns = new LinkedHashMap<>();
    /** Columns some command reads whole, by table (a partial column read whole by any command is fetched whole). */
    private final Map<String, Set<String>> wholeColumns = new LinkedHashMap<>();
    private final Map<String, PartialColumn> partialColumns = new LinkedHashMap<>();
    private final Set<String> allRows = new LinkedHashSet<>();
    private final Map<String, List<List<Condition>>> restrictions = new LinkedHashMap<>();
    // keyed by text: hashing the Link record would bind its generated hashCode at run time (start-up cost)
    private final Map<String, Link> links = new LinkedHashMap<>();
    private final Map<String, DisjointReferences> disjoint = new LinkedHashMap<>();
    /** Per restricted table, columns whose fetched values pull in the other rows holding them. */
    private final Map<String, Set<String>> sameValues = new LinkedHashMap<>();
    /** Per table, columns read whole that are usually at their default ({@link #sparseColumns}). */
    private final Map<String, Set<String>> sparse = new LinkedHashMap<>();
    /** Per table, columns read only when a row's guard column is off its default: column to guard column. */
    private final Map<String, Map<String, String>> guarded = new LinkedHashMap<>();
    /** Tables that may hold thousands of rows ({@link #manyRows}). */
    private final Set<String> manyRows = new LinkedHashSet<>();
    /**
     * From this many columns of a walked table on, the line reads whole tables by {@code monitor_cond}
     * ({@link #listsManyColumns}). {@code list Interface} of 10,000 interfaces, every column: 1,052 ms by select, 390
     * ms by monitor (scratch timer, 2026-11-26); two of their columns, or three of the ports', no faster by monitor.
     */
    private static final int MANY_COLUMNS = 8;
    /** Tables a command prints every row of, in ovs-vsctl's order ({@link #walkInIdlOrder}). */
    private final Set<String> walked = new LinkedHashSet<>();
    private final Set<String> wholeIfRead = new LinkedHashSet<>();

    /** Reads in which every name a command looks up is really looked up. */
    public Prerequisites() {
        this(false);
    }

    private Prerequisites(boolean offersNameGuess) {
        this.offersNameGuess = offersNameGuess;
    }

    /**
     * Reads whose command may guess the names it creates free instead of looking them up (see {@link CommandRunner}
     * and {@link #takeNameGuess}).
     */
    static Prerequisites offeringNameGuess() {
        return new Prerequisites(true);
    }

    /**
     * Whether this command guesses the names it creates free instead of looking them up, as the run offers for a
     * lone command it commits itself: on a ten-thousand-port bridge each lookup is a scan of the table on the server.
     * A command that takes the guess must insert rows with those names in columns indexed by themselves, so that the
     * server refuses the transaction if a row already holds one; the run then looks them up and starts over.
     */
    public boolean takeNameGuess() {
        guessesNames = offersNameGuess;
        return guessesNames;
    }

    /** Whether some command of the line took the name guess. */
    boolean guessesNames() {
        return guessesNames;
    }

    /** Adds a table; all of its rows will be fetched (their uuids, and the declared columns). */
    public void table(String table) {
        columns.computeIfAbsent(table, t -> new LinkedHashSet<>());
        allRows.add(table);
    }

    /**
     * Asks for only the rows of {@code table} that satisfy every condition of {@code where} (several calls: rows
     * satisfying any of them). For scale: a command that looks up one port need not fetch ten thousand. Ignored if
     * any command declares the table with {@link #table}, or declares columns but no restriction.
     */
    public void restrict(String table, List<Condition> where) {
        columns.computeIfAbsent(table, t -> new LinkedHashSet<>());
        restrictions.computeIfAbsent(table, t -> new ArrayList<>()).add(List.copyOf(where));
    }

    /**
     * With {@code to} restricted: also fetch the rows of {@code to} that the fetched rows of {@code from} reference
     * in {@code column} (a declared column), for example the interfaces of the ports fetched by name.
     */
    public void follow(String from, String column, String to) {
        Link link = new Link(from, column, to, false);
        links.putIfAbsent(link.key(), link);
    }

    /**
     * With {@code referrer} restricted: also fetch the rows of {@code referrer} whose {@code column} references a
     * fetched row of {@code table}, for example the port that holds an interface fetched by name.
     */
    public void followReferrers(String table, String referrer, String column) {
        Link link = new Link(table, column, referrer, true);
        links.putIfAbsent(link.key(), link);
    }

    /**
     * With {@code table} restricted: also fetch the rows of {@code table} whose {@code column} (a declared column)
     * holds a non-empty value that a fetched row of it holds, for example the ports on the VLAN of a fake bridge's
     * port.
     */
    public void followSameValue(String table, String column) {
        sameValues.computeIfAbsent(table, t -> new LinkedHashSet<>()).add(column);
    }

    /**
     * Adds columns of a table (and the table). Which rows are fetched is decided by {@link #table} (all) and
     * {@link #restrict} (some); with neither, all rows are.
     */
    public void columns(String table, Collection<String> names) {
        columns.computeIfAbsent(table, t -> new LinkedHashSet<>()).addAll(names);
        wholeColumns.computeIfAbsent(table, t -> new LinkedHashSet<>()).addAll(names);
    }

    /**
     * Adds columns of a table that the commands read whole but that are usually at their default (a port's VLAN
     * tag, an interface's error): with the table fetched whole, each is fetched as the rows where it is not at its
     * default, and reads as its default in every other row. On a bridge with ten thousand untagged ports the server
     * then writes no ten thousand empty sets; where most rows differ from the default, each such row costs its uuid
     * once more. Fetched as an ordinary column if any command of the line declares it with {@link #columns}, or if
     * the table is restricted.
     */
    public void sparseColumns(String table, Collection<String> names) {
        columns.computeIfAbsent(table, t -> new LinkedHashSet<>()).addAll(names);
        sparse.computeIfAbsent(table, t -> new LinkedHashSet<>()).addAll(names);
    }

    /**
     * Adds columns of a table that the commands read only if some row of it has {@code guard} (a column this line
     * fetches) off its default: a port's tag matters for the bridge picture only where a port is a fake bridge.
     * With the table fetched whole they are left out, and if a fetched row has the guard off its default, the
     * whole fetch is done again with them as ordinary columns, so that every value still comes from one
     * transaction. With the table restricted they are ordinary columns. A command that reads one when no guard is
     * set fails as if it had not declared it.
     */
    public void columnsGuardedBy(String table, Collection<String> names, String guard) {
        columns.computeIfAbsent(table, t -> new LinkedHashSet<>());
        Map<String, String> byColumn = guarded.computeIfAbsent(table, t -> new LinkedHashMap<>());
        names.forEach(name -> byColumn.putIfAbsent(name, guard));
    }

    /**
     * Declares that the command walks every row of {@code table} if another command of the line reads the table, and
     * leaves it alone otherwise: ovs-vsctl's IDL replicates a table only when some command asks for it (or for a
     * column that references it), and then all of its rows. The table is then fetched whole.
     */
    public void wholeIfRead(String table) {
        wholeIfRead.add(table);
        if (columns.containsKey(table)) {
            allRows.add(table);
        }
    }

    /**
     * Declares that {@code table} may hold thousands of rows (a port per virtual machine). When the line fetches
     * such a table whole together with other tables, each table comes in a read-only transaction of its own, all
     * sent at once (see {@link RowFetcher}): the server answers a few smaller transactions sooner than one big
     * one, and the client reads one answer while the server writes the next.
     */
    public void manyRows(String table) {
        manyRows.add(table);
    }

    /**
     * Declares that the command prints every row of {@code table} (declared with {@link #table}) in the order
     * ovs-vsctl walks them: {@code list} and {@code find} of a whole table. That order is the order in which the IDL
     * created the rows, and when the line also reads a column that references the table (a port's interfaces for a
     * {@code list Interface}), the IDL may have created them while parsing the referencing rows. Such a line fetches
     * every table whole ({@link #needsReferenceOrder}).
     */
    public void walkInIdlOrder(String table) {
        walked.add(table);
    }

    /**
     * Whether the rows of a table some command walks ({@link #walkInIdlOrder}) may enter the IDL's row map while it
     * parses another table. The IDL parses every table the line reads, and every table a column it reads references
     * (ovs-vsctl's IDL replicates those too, their rows without columns: {@link #referencedTables}). A column of
     * theirs that references the walked table counts if the line reads it, or if it holds at least one element and
     * so, unread, holds the all-zero uuid (a port's interfaces, for a line that reads ports, or only a mirror's
     * ports). The order then depends on every table's rows, which only a fetch of every table whole shows.
     */
    boolean needsReferenceOrder(DatabaseSchema schema) {
        if (walked.isEmpty()) {
            return false;
        }
        Set<String> parsed = new LinkedHashSet<>(columns.keySet());
        parsed.addAll(referencedTables(schema));
        for (String table : parsed) {
            Set<String> read = new LinkedHashSet<>(columns.getOrDefault(table, Set.of()));
            read.addAll(guarded.getOrDefault(table, Map.of()).keySet());
            for (ColumnSchema column : schema.table(table).userColumns()) {
                ColumnType type = column.type();
                if (referencesWalked(type) && (read.contains(column.name()) || type.min() > 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The tables that the columns this line reads reference and that it does not read itself: ovs-vsctl's IDL
     * replicates them anyway ({@code add_ref_table}: their rows' uuids, no column), so they take part in the order
     * it parses the reply in.
     */
    Set<String> referencedTables(DatabaseSchema schema) {
        Set<String> referenced = new LinkedHashSet<>();
        columns.forEach((table, names) -> {
            Set<String> read = new LinkedHashSet<>(names);
            read.addAll(guarded.getOrDefault(table, Map.of()).keySet());
            TableSchema tableSchema = schema.table(table);
            for (String name : read) {
                if (tableSchema.hasColumn(name)) {
                    ColumnType type = tableSchema.column(name).type();
                    type.key().refTable().ifPresent(referenced::add);
                    type.value().flatMap(BaseType::refTable).ifPresent(referenced::add);
                }
            }
        });
        referenced.removeAll(columns.keySet());
        return referenced;
    }

    /**
     * The same reads with every table fetched whole, and the tables the read columns reference fetched too (their
     * rows' uuids): what the line reads when it needs the IDL's order ({@link #needsReferenceOrder}).
     */
    Prerequisites wholeWithReferencedTables(DatabaseSchema schema) {
        Prerequisites copy = whole();
        referencedTables(schema).forEach(copy::table);
        return copy;
    }

    private boolean referencesWalked(ColumnType type) {
        return type.key().refTable().filter(walked::contains).isPresent()
                || type.value().flatMap(BaseType::refTable).filter(walked::contains).isPresent();
    }

    /**
     * Whether every table is read whole, every column whole: no restriction, no partial column (so no link or check
     * has anything to add).
     */
    boolean readsWholeTablesOnly() {
        for (String table : columns.keySet()) {
            if (!restrictionsOf(table).isEmpty()) {
                return false;
            }
        }
        return partialColumns().isEmpty();
    }

    /**
     * Whether a command walks a table ({@link #walkInIdlOrder}) reading at least {@value #MANY_COLUMNS} of its
     * columns: a listing of every column, most of them at their default in most rows, which a {@code monitor_cond}
     * reply leaves out (see {@link WholeTableSnapshot}). For a few named columns, and for the vswitch commands, whose
     * columns mostly hold values, the {@code select}s are as fast or faster (they come in parts the client reads
     * while the server writes the next, and their reader is leaner).
     */
    boolean listsManyColumns() {
        for (String table : walked) {
            if (columns.getOrDefault(table, Set.of()).size() >= MANY_COLUMNS) {
                return true;
            }
        }
        return false;
    }

    /** Whether a command declared {@code table} with {@link #manyRows}. */
    boolean hasManyRows(String table) {
        return manyRows.contains(table);
    }

    /**
     * Adds a reference set column of {@code table} that need only show the references to rows of {@code target}
     * this line fetches (for scale: which bridge holds the ports a command looked up, without the bridge's ten
     * thousand other ports). With {@code target} restricted, each fetched row of {@code table} reads as its value
     * narrowed to the fetched {@code target} rows, and a verify of it guards exactly that part. Fetched whole if
     * any command of the line reads the column with {@link #columns}, or if {@code target} is fetched whole.
     */
    public void referencesWithin(String table, String column, String target) {
        columns.computeIfAbsent(table, t -> new LinkedHashSet<>()).add(column);
        PartialColumn partial = new PartialColumn(table, column, target);
        partialColumns.putIfAbsent(partial.key(), partial);
    }

    /**
     * Declares that this command's scoped reads are complete only while no two rows of {@code table} reference the
     * same row in {@code column}, with {@code countColumn} unique across the rows (an index column). For scale:
     * {@code list-br} need not fetch ten thousand ports to learn that no port is in two bridges and no interface
     * in two ports (what ovs-vsctl would warn about). The fetch checks it (a select of {@code column} alone, which
     * the server answers with each distinct value once, and a count) and, where it does not hold, fetches every
     * table whole instead, so the commands see the whole picture and its warnings.
     */
    public void requireDisjoint(String table, String column, String countColumn) {
        DisjointReferences check = new DisjointReferences(table, column, countColumn);
        disjoint.putIfAbsent(check.key(), check);
    }

    public Set<String> tables() {
        return Set.copyOf(columns.keySet());
    }

    /** The columns asked for in {@code table}, in the order first asked. */
    public Set<String> columnsOf(String table) {
        Set<String> names = columns.get(table);
        return names == null ? Set.of() : Set.copyOf(names);
    }

    public boolean has(String table) {
        return columns.containsKey(table);
    }

    /** The row restrictions of a table, or empty if all of its rows are to be fetched. */
    public List<List<Condition>> restrictionsOf(String table) {
        if (allRows.contains(table) || !restrictions.containsKey(table)) {
            return List.of();
        }
        return List.copyOf(restrictions.get(table));
    }

    /**
     * Adds what one command declared. A table that command reads without restricting it is fetched whole, whatever
     * other commands of the line restrict: a {@code list-ports} after an {@code add-port} sees every port.
     */
    void merge(Prerequisites command) {
        guessesNames |= command.guessesNames;
        command.wholeColumns.forEach((table, names) ->
                wholeColumns.computeIfAbsent(table, t -> new LinkedHashSet<>()).addAll(names));
        command.partialColumns.forEach(partialColumns::putIfAbsent);
        command.columns.forEach((table, names) -> {
            columns.computeIfAbsent(table, t -> new LinkedHashSet<>()).addAll(names);
            if (command.allRows.contains(table) || !command.restrictions.containsKey(table)) {
                allRows.add(table);
            } else {
                restrictions.computeIfAbsent(table, t -> new ArrayList<>()).addAll(command.restrictions.get(table));
            }
        });
        command.links.forEach(links::putIfAbsent);
        command.disjoint.forEach(disjoint::putIfAbsent);
        command.sameValues.forEach((table, names) ->
                sameValues.computeIfAbsent(table, t -> new LinkedHashSet<>()).addAll(names));
        command.sparse.forEach((table, names) -> sparse.computeIfAbsent(table, t -> new LinkedHashSet<>())
                .addAll(names));
        command.guarded.forEach((table, byColumn) -> byColumn.forEach((column, guard) ->
                guarded.computeIfAbsent(table, t -> new LinkedHashMap<>()).putIfAbsent(column, guard)));
        manyRows.addAll(command.manyRows);
        walked.addAll(command.walked);
        wholeIfRead.addAll(command.wholeIfRead);
        for (String table : wholeIfRead) {
            if (columns.containsKey(table)) {
                allRows.add(table);
            }
        }
    }

    /**
     * The columns of {@code table} fetched as the rows where they are off their default: those declared with
     * {@link #sparseColumns} and by no command with {@link #columns}, while the table is fetched whole.
     */
    Set<String> sparseColumnsOf(String table) {
        Set<String> names = sparse.get(table);
        if (names == null || !restrictionsOf(table).isEmpty()) {
            return Set.of();
        }
        Set<String> result = new LinkedHashSet<>(names);
        result.removeAll(wholeColumns.getOrDefault(table, Set.of()));
        return result;
    }

    /**
     * The columns of {@code table} left out of the fetch until a row has their guard off its default, with their
     * guards: declared with {@link #columnsGuardedBy} and fetched by no command otherwise, while the table is
     * fetched whole.
     */
    Map<String, String> guardedColumnsOf(String table) {
        Map<String, String> byColumn = guarded.get(table);
        if (byColumn == null || !restrictionsOf(table).isEmpty()) {
            return Map.of();
        }
        Map<String, String> result = new LinkedHashMap<>(byColumn);
        result.keySet().removeAll(columns.getOrDefault(table, Set.of()));
        return result;
    }

    /** The same reads with every guarded column an ordinary one: the fetch to do when a guard is set. */
    Prerequisites withGuardedColumns() {
        Prerequisites copy = copy();
        guarded.forEach((table, byColumn) -> copy.columns(table, byColumn.keySet()));
        copy.guarded.clear();
        return copy;
    }

    /** The columns of {@code table} whose values pull in other rows ({@link #followSameValue}). */
    Set<String> sameValueColumns(String table) {
        return Set.copyOf(sameValues.getOrDefault(table, Set.of()));
    }

    /**
     * The promises to check before the scoped rows are used, or none when nothing is scoped (every table is
     * fetched whole and the commands see everything anyway).
     */
    List<DisjointReferences> disjointChecks() {
        boolean scoped = false;
        for (String table : columns.keySet()) {
            scoped |= !restrictionsOf(table).isEmpty();
        }
        return scoped ? List.copyOf(disjoint.values()) : List.of();
    }

    /** The same reads with every table fetched whole: what a scoped fetch falls back to when a promise fails. */
    Prerequisites whole() {
        Prerequisites copy = new Prerequisites();
        columns.forEach((table, names) -> {
            copy.columns.put(table, new LinkedHashSet<>(names));
            copy.allRows.add(table);
        });
        wholeColumns.forEach((table, names) -> copy.wholeColumns.put(table, new LinkedHashSet<>(names)));
        sparse.forEach((table, names) -> copy.sparse.put(table, new LinkedHashSet<>(names)));
        guarded.forEach((table, byColumn) -> copy.guarded.put(table, new LinkedHashMap<>(byColumn)));
        copy.manyRows.addAll(manyRows);
        return copy;
    }

    private Prerequisites copy() {
        Prerequisites copy = new Prerequisites();
        copy.merge(this);
        return copy;
    }

    /**
     * The columns fetched narrowed to their references to fetched rows ({@link #referencesWithin}): those no command
     * reads whole, whose target table is restricted.
     */
    List<PartialColumn> partialColumns() {
        List<PartialColumn> partial = new ArrayList<>();
        for (PartialColumn column : partialColumns.values()) {
            boolean readWhole = wholeColumns.getOrDefault(column.table(), Set.of()).contains(column.column());
            if (!readWhole && has(column.target()) && !restrictionsOf(column.target()).isEmpty()) {
                partial.add(column);
            }
        }
        return partial;
    }

    /** The references to follow after the first fetch, in the order declared. */
    List<Link> links() {
        return List.copyOf(links.values());
    }

    /** A copy as an ordered map, for fetching: the guarded columns of a restricted table are ordinary ones. */
    Map<String, Set<String>> asMap() {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        columns.forEach((t, c) -> {
            Set<String> names = new LinkedHashSet<>(c);
            if (!restrictionsOf(t).isEmpty()) {
                names.addAll(guarded.getOrDefault(t, Map.of()).keySet());
            }
            copy.put(t, names);
        });
        return copy;
    }
}
