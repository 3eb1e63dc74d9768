package io.ovsguard.cli.exec;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.schema.ColumnSchema;
import io.ovsguard.ovsdb.schema.TableSchema;
import io.ovsguard.ovsdb.op.Mutation;
import io.ovsguard.ovsdb.op.Mutator;
import java.util.ArrayList;
import java.util.Collection;
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
    /** Partial columns: the rows each was narrowed to when fetched (its value references no other rows). */
    private final Map<String, Set<Atom>> partialScopes;
    /**
     * What this command line did to the row, made when it first changes it: a listing of ten thousand
     * rows changes none of them, and made up front these collections were most of what a fetched row cost.
     */
    private Edits edits;
    /** The columns verified, made when the row is first verified (a list-ifaces verifies ten thousand rows). */
    private Set<String> verified;
    private final boolean inserted;
    private final boolean persistent;
    private final Consumer<WorkingRow> onFirstChange;
    /** Told of every change of a value (not of verifies), so views derived from the rows can be dropped. */
    private final Runnable onValueChange;
    private boolean deleted;
    private boolean changed;
    /** Changed by more than verifies (a transaction of verifies alone is not sent, as with the IDL). */
    private boolean modified;

    /** A row as fetched; {@code partialScopes} as in {@link WorkingDatabase#addFetched(String, Map, Map)}. */
    WorkingRow(TableSchema table, Uuid uuid, Map<String, Datum> fetched, Map<String, Set<Atom>> partialScopes,
            Consumer<WorkingRow> onFirstChange, Runnable onValueChange) {
        this(table, uuid, fetched, partialScopes, false, false, onFirstChange, onValueChange);
    }

    static WorkingRow inserted(TableSchema table, Uuid uuid, boolean persistent, Consumer<WorkingRow> onFirstChange,
            Runnable onValueChange) {
        return new WorkingRow(table, uuid, Map.of(), Map.of(), true, persistent, onFirstChange, onValueChange);
    }

    private WorkingRow(TableSchema table, Uuid uuid, Map<String, Datum> fetched, Map<String, Set<Atom>> partialScopes,
            boolean inserted, boolean persistent, Consumer<WorkingRow> onFirstChange, Runnable onValueChange) {
        this.onValueChange = onValueChange;
        this.partialScopes = partialScopes;
        this.persistent = persistent;
        this.onFirstChange = onFirstChange;
        this.table = Objects.requireNonNull(table, "table");
        this.uuid = Objects.requireNonNull(uuid, "uuid");
        // neither copied nor wrapped (ten thousand rows, each column read through it): the fetch hands over maps
        // nobody changes afterwards, and this class never lets them out
        this.fetched = fetched;
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

    /** Whether the row is inserted under its own uuid ({@code create --id=UUID}) rather than one the server picks. */
    public boolean isPersistent() {
        return persistent;
    }

    /** Whether a command of this command line deleted the row. */
    public boolean isDeleted() {
        return deleted;
    }

    /** The column's current value; a new row reads defaults for what was not written. */
    public Datum read(String column) {
        if (edits == null) {
            // nothing written: the fetched value (the common case when commands walk thousands of rows)
            return readUnwritten(column);
        }
        Datum value = edits.written.get(column);
        if (value != null) {
            return value;
        }
        SetDelta delta = edits.setDeltas.get(column);
        return delta == null ? readUnwritten(column) : delta.applyTo(readUnwritten(column));
    }

    private Datum readUnwritten(String column) {
        Datum value = fetched.get(column);
        if (value != null) {
            // the common case first: a fetched column needs no schema lookup
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
        if (partialScopes.containsKey(schema.name())) {
            // the value read is only part of the real one: writing it back would drop the references not fetched
            throw new IllegalStateException("column " + schema.name() + " of table " + table.name()
                    + " was fetched partially and can only be changed by elements");
        }
        touch();
        onValueChange.run();
        edits.setDeltas.remove(schema.name());
        edits.written.put(schema.name(), value);
    }

    /**
     * Adds elements to a set column: later reads see them, and unless the column is written whole later, the
     * commit sends a {@code mutate} that inserts them instead of an update with the whole set. A {@link #verify}
     * of such a column then guards only the row's existence and the elements this line removes or adds.
     */
    public void addToSet(String column, Collection<? extends Atom> elements) {
        changeSet(column, elements, true);
    }

    /** Removes elements from a set column, the counterpart of {@link #addToSet}. */
    public void removeFromSet(String column, Collection<? extends Atom> elements) {
        changeSet(column, elements, false);
    }

    private void changeSet(String column, Collection<? extends Atom> elements, boolean add) {
        ColumnSchema schema = table.column(column);
        if (schema.type().isMap()) {
            throw new IllegalArgumentException("column " + column + " of table " + table.name() + " is a map");
        }
        if (deleted) {
            throw new IllegalStateException("write to deleted row " + uuid + " of table " + table.name());
        }
        Datum current = edits == null ? null : edits.written.get(schema.name());
        if (current != null || inserted) {
            // already written whole (or a new row, which is written whole anyway): stay with a whole write
            List<Atom> atoms = new ArrayList<>(((OvsdbSet) read(schema.name())).atoms());
            if (add) {
                elements.stream().filter(a -> !atoms.contains(a)).forEach(atoms::add);
            } else {
                atoms.removeAll(elements);
            }
            write(schema.name(), new OvsdbSet(atoms));
            return;
        }
        OvsdbSet before = (OvsdbSet) readUnwritten(schema.name());
        touch();
        onValueChange.run();
        SetDelta delta = edits.setDeltas.computeIfAbsent(schema.name(), c -> new SetDelta());
        for (Atom element : elements) {
            if (add) {
                delta.add(element);
            } else {
                // an element this line added and removes again is simply not inserted, nor guarded as present
                delta.remove(element, before.contains(element));
            }
        }
    }

    /**
     * For a column fetched partially ({@link Prerequisites#referencesWithin}), the rows it was narrowed to: its
     * fetched value is the part of the real value that references them. Empty for columns fetched whole.
     */
    Optional<Set<Atom>> partialScope(String column) {
        return Optional.ofNullable(partialScopes.get(column));
    }

    /** Columns changed only by {@link #addToSet}/{@link #removeFromSet}: elements inserted, by column. */
    Map<String, Set<Atom>> setInsertions() {
        Map<String, Set<Atom>> all = new LinkedHashMap<>();
        if (edits != null) {
            edits.setDeltas.forEach((column, delta) -> all.put(column, delta.inserts()));
        }
        return all;
    }

    /** Columns changed only by {@link #addToSet}/{@link #removeFromSet}: elements removed, by column. */
    Map<String, Set<Atom>> setRemovals() {
        Map<String, Set<Atom>> all = new LinkedHashMap<>();
        if (edits != null) {
            edits.setDeltas.forEach((column, delta) -> all.put(column, delta.deletes()));
        }
        return all;
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
            join();
            if (verified == null) {
                verified = new LinkedHashSet<>(4);
            }
            verified.add(column);
        }
    }

    /**
     * Adds a raw mutation of a column, sent as a {@code mutate} after any update of the row. Unlike {@link #write}
     * it is not visible to {@link #read}. For ovs-vsctl's partial writes prefer {@link #writeMapEntry} and
     * {@link #insertSetElement}, which follow the IDL's rules.
     */
    public void mutate(String column, Mutator mutator, Datum value) {
        ColumnSchema schema = table.column(column);
        touch();
        edits.mutations.computeIfAbsent(schema.name(), c -> new ArrayList<>())
                .add(new Mutation(column, mutator, value));
    }

    /**
     * Sets one key of a map column by a partial update, as ovs-vsctl does in the last command of a line: sent as
     * mutations, dropped if it would not change the value, and not visible to {@link #read}.
     */
    public void writeMapEntry(String column, Atom key, Atom value) {
        ColumnSchema schema = table.column(column);
        boolean present = read(schema.name()) instanceof OvsdbMap map && map.containsKey(key);
        touch();
        edits.partial.putMapEntry(schema.name(), key, value, present);
    }

    /** Adds one element to a set column by a partial update (see {@link #writeMapEntry}). */
    public void insertSetElement(String column, Atom element) {
        changeSetElement(column, element, true, false);
    }

    /**
     * Adds one element to a set column by a partial update, as ovs-vsctl's add-bond-iface does: not visible to
     * {@link #read}, but to {@link #readForSwitchPicture} until the picture is built again, and sent even if the row
     * is deleted later in the line.
     */
    public void insertSetElementShownInSwitch(String column, Atom element) {
        changeSetElement(column, element, true, true);
    }

    /** Removes one element from a set column by a partial update, as del-bond-iface does (see the insert). */
    public void deleteSetElementShownInSwitch(String column, Atom element) {
        changeSetElement(column, element, false, true);
    }

    private void changeSetElement(String column, Atom element, boolean insert, boolean shownInSwitch) {
        ColumnSchema schema = table.column(column);
        touch();
        if (shownInSwitch) {
            onValueChange.run();
        }
        edits.partial.changeSetElement(schema.name(), element, insert, shownInSwitch);
    }

    /**
     * A column as ovs-vsctl's picture of bridges, ports and interfaces has it: {@link #read} with the partial set
     * updates of add-bond-iface and del-bond-iface made since the picture was last built.
     */
    public Datum readForSwitchPicture(String column) {
        Datum value = read(column);
        return edits == null ? value : edits.partial.withCachedSetOperations(column, value);
    }

    /**
     * The picture of the switch is built again from the IDL's reads, which show no partial update; whether the
     * picture showed one of this row's.
     */
    boolean hidePartialUpdatesFromSwitchPicture() {
        return edits != null && edits.partial.uncacheSetOperations();
    }

    /**
     * The partial updates and raw mutations, as the commit will send them. A deleted row keeps its partial updates
     * but not its set changes: those stand for ovs-vsctl's whole writes, which the IDL drops with the row.
     */
    public List<Mutation> mutations() {
        List<Mutation> all = new ArrayList<>();
        if (edits != null) {
            if (!deleted) {
                edits.setDeltas.forEach((column, delta) -> all.addAll(delta.mutations(column)));
            }
            all.addAll(edits.partial.mutations(this::valueBeforeMutations));
            edits.mutations.values().forEach(all::addAll);
        }
        return all;
    }

    private Datum valueBeforeMutations(String column) {
        Datum value = edits == null ? null : edits.written.get(column);
        if (value != null) {
            return value;
        }
        return inserted ? table.column(column).type().defaultDatum() : fetched.get(column);
    }

    /** Deletes the row in this transaction. */
    public void delete() {
        touch();
        onValueChange.run();
        deleted = true;
    }

    /** The transaction learns about a row when it is first changed (or inserted), which orders its operations. */
    void touch() {
        modified = true;
        join();
        if (edits == null) {
            edits = new Edits();
        }
    }

    /** Whether the row was inserted, deleted, written or mutated, not only verified. */
    boolean modified() {
        return modified;
    }

    private void join() {
        if (!changed) {
            changed = true;
            onFirstChange.accept(this);
        }
    }

    /** Columns written, with their new values, in the order first written. */
    public Map<String, Datum> writes() {
        return edits == null ? Map.of() : Collections.unmodifiableMap(edits.written);
    }

    public Set<String> verifiedColumns() {
        return verified == null ? Set.of() : Collections.unmodifiableSet(verified);
    }

    /** The writes and mutations of a row this command line changed. */
    private static final class Edits {
        private final Map<String, Datum> written = new LinkedHashMap<>();
        private final Map<String, List<Mutation>> mutations = new LinkedHashMap<>();
        private final PartialUpdates partial = new PartialUpdates();
        private final Map<String, SetDelta> setDeltas = new LinkedHashMap<>();
    }

}
