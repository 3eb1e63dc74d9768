package io.ovsguard.cli.exec;

import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.schema.ColumnSchema;
import io.ovsguard.ovsdb.schema.TableSchema;
import io.ovsguard.ovsdb.op.Mutation;
import io.ovsguard.ovsdb.op.Mutator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One row as the commands of a command line see it: its values as fetched, overlaid with what earlier commands
 * wrote (ovs-vsctl's IDL row inside a transaction). Writes and deletions stay local until the engine commits.
 */
public final class WorkingRow {

    private final TableSchema table;
    private final Uuid uuid;
    private final Map<String, Datum> fetched;
    private final Map<String, Datum> written = new LinkedHashMap<>();
    private final Set<String> verified = new LinkedHashSet<>();
    private final Map<String, List<Mutation>> mutations = new LinkedHashMap<>();
    private final boolean inserted;
    private final Consumer<WorkingRow> onFirstChange;
    private boolean deleted;
    private boolean changed;

    WorkingRow(TableSchema table, Uuid uuid, Map<String, Datum> fetched, boolean inserted,
            Consumer<WorkingRow> onFirstChange) {
        this.onFirstChange = onFirstChange;
        this.table = Objects.requireNonNull(table, "table");
        this.uuid = Objects.requireNonNull(uuid, "uuid");
        this.fetched = Map.copyOf(fetched);
        this.inserted = inserted;
    }

    public TableSchema table() {
        return table;
    }

    public String tableName() {
        return table.name();
    }

    /** The row's uuid; for a row inserted by this command line, a temporary one until the commit. */
    public Uuid uuid() {
        return uuid;
    }

    /** Whether this command line inserted the row. */
    public boolean isInserted() {
        return inserted;
    }

    /** Whether a command of this command line deleted the row. */
    public boolean isDeleted() {
        return deleted;
    }

    /** The column's current value; a new row reads defaults for what was not written. */
    public Datum read(String column) {
        Datum value = written.get(column);
        if (value != null) {
            return value;
        }
        ColumnSchema schema = table.column(column);
        if (inserted) {
            return schema.type().defaultDatum();
        }
        Datum old = fetched.get(column);
        if (old == null) {
            throw new IllegalStateException("column " + column + " of table " + table.name()
                    + " was read but not declared as a prerequisite");
        }
        return old;
    }

    /** The value fetched from the server, if the column was fetched (never for inserted rows). */
    public Optional<Datum> original(String column) {
        return Optional.ofNullable(fetched.get(column));
    }

    /** Replaces the column's value in this transaction. */
    public void write(String column, Datum value) {
        ColumnSchema schema = table.column(column);
        Objects.requireNonNull(value, "value");
        if (deleted) {
            throw new IllegalStateException("write to deleted row " + uuid + " of table " + table.name());
        }
        touch();
        written.put(schema.name(), value);
    }

    /**
     * Makes the commit fail and the commands run again if another client changed the column since it was
     * fetched (the IDL's verify). Meaningless for inserted rows, where it does nothing.
     */
    public void verify(String column) {
        table.column(column);
        if (!inserted) {
            if (!fetched.containsKey(column)) {
                throw new IllegalStateException("column " + column + " of table " + table.name()
                        + " was verified but not declared as a prerequisite");
            }
            touch();
            verified.add(column);
        }
    }

    /**
     * Adds a partial update of a set or map column, sent as a {@code mutate} (the IDL's partial set/map writes,
     * which ovs-vsctl uses for the last command of a line). Unlike {@link #write} it is not visible to
     * {@link #read}, so use it only when nothing reads the column afterwards.
     */
    public void mutate(String column, Mutator mutator, Datum value) {
        ColumnSchema schema = table.column(column);
        touch();
        mutations.computeIfAbsent(schema.name(), c -> new ArrayList<>()).add(new Mutation(column, mutator, value));
    }

    /** The partial updates, in the order made. */
    public List<Mutation> mutations() {
        List<Mutation> all = new ArrayList<>();
        mutations.values().forEach(all::addAll);
        return all;
    }

    /** Deletes the row in this transaction. */
    public void delete() {
        touch();
        deleted = true;
    }

    /** The transaction learns about a row when it is first changed (or inserted), which orders its operations. */
    void touch() {
        if (!changed) {
            changed = true;
            onFirstChange.accept(this);
        }
    }

    /** Columns written, with their new values, in the order first written. */
    public Map<String, Datum> writes() {
        return Collections.unmodifiableMap(written);
    }

    public Set<String> verifiedColumns() {
        return Collections.unmodifiableSet(verified);
    }

}
