package io.ovsguard.cli.exec;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.NamedUuid;
import io.ovsguard.ovsdb.notation.NamedUuidAtom;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.notation.UuidAtom;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.op.Function;
import io.ovsguard.ovsdb.op.Mutation;
import io.ovsguard.ovsdb.op.Mutator;
import io.ovsguard.ovsdb.op.Operation;
import io.ovsguard.ovsdb.op.Transaction;
import io.ovsguard.ovsdb.schema.ColumnSchema;
import io.ovsguard.ovsdb.schema.TableSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Turns the changes in a {@link WorkingDatabase} into one transaction, the way the IDL commits: {@code wait}s that
 * guard what was verified, inserts under uuid-names, updates of written columns, deletes of root rows (the server
 * collects unreferenced non-root rows itself), the {@code next_cfg} increment, the comment and, for a dry run, an
 * abort. The transaction is built without client-side checks, so the server reports constraint violations exactly
 * as it does to ovs-vsctl.
 */
final class CommitAssembler {

    static final String OPEN_VSWITCH = "Open_vSwitch";

    private final WorkingDatabase db;
    private final List<Operation> operations = new ArrayList<>();
    private final Set<Integer> guards = new HashSet<>();
    private final Map<Uuid, Integer> inserts = new LinkedHashMap<>();
    private final Map<Uuid, NamedUuid> names = new HashMap<>();
    private final boolean insertsGuardTheirNames;
    private boolean changes;

    CommitAssembler(WorkingDatabase db) {
        this(db, false);
    }

    /**
     * @param insertsGuardTheirNames whether the attempt guessed the names it creates absent (see
     *     {@code CommandRunner}): then a guard that no row has a value nobody fetched a row with is left out when the
     *     transaction inserts a row with it in a column indexed on its own, as the server's index refuses the commit
     *     in its stead (and the run, refused, looks the name up)
     */
    CommitAssembler(WorkingDatabase db, boolean insertsGuardTheirNames) {
        this.db = db;
        this.insertsGuardTheirNames = insertsGuardTheirNames;
    }

    /**
     * @param incrementRow the Open_vSwitch row whose {@code next_cfg} to increment, or empty with {@code --no-wait}
     */
    CommitPlan assemble(Optional<WorkingRow> incrementRow, String comment, boolean dryRun) {
        List<WorkingRow> rows = db.changedRows();
        // loops, not streams, here and below: every writing call assembles a commit on a cold JVM
        for (WorkingRow row : rows) {
            if (row.isInserted() && !row.isPersistent()) {
                names.put(row.uuid(), rowName(row.uuid()));
            }
        }
        rows.forEach(this::addVerification);
        addMatchGuards();
        addSingletonGuards(rows);
        rows.forEach(this::addChange);
        OptionalInt nextCfg = OptionalInt.empty();
        if (incrementRow.isPresent() && changes) {
            List<Condition> where = whereUuid(incrementRow.get().uuid());
            operations.add(new Operation.Mutate(OPEN_VSWITCH, where,
                    List.of(new Mutation("next_cfg", Mutator.ADD, OvsdbSet.of(Atom.integer(1))))));
            operations.add(new Operation.Select(OPEN_VSWITCH, where, Optional.of(List.of("next_cfg"))));
            nextCfg = OptionalInt.of(operations.size() - 1);
        }
        operations.add(new Operation.Comment(comment));
        OptionalInt abort = OptionalInt.empty();
        if (dryRun) {
            operations.add(new Operation.Abort());
            abort = OptionalInt.of(operations.size() - 1);
        }
        return new CommitPlan(new Transaction(db.schema().name(), operations), changes, guards, inserts, nextCfg,
                abort);
    }

    private void addVerification(WorkingRow row) {
        if (row.isInserted() || row.verifiedColumns().isEmpty()) {
            return;
        }
        List<String> columns = new ArrayList<>(row.verifiedColumns());
        Map<String, Set<Atom>> removals = row.setRemovals();
        Map<String, Set<Atom>> insertions = row.setInsertions();
        List<Condition> narrowed = new ArrayList<>();
        for (String column : List.copyOf(columns)) {
            Optional<Set<Atom>> scope = row.partialScope(column);
            if (scope.isPresent()) {
                columns.remove(column);
                // the elements removed were fetched, so the scope's guard covers them; added rows outside it not
                Set<Atom> added = new HashSet<>();
                for (Atom atom : insertions.getOrDefault(column, Set.of())) {
                    if (!scope.get().contains(atom)) {
                        added.add(atom);
                    }
                }
                narrowed.addAll(scopeGuards(column, (OvsdbSet) row.original(column).orElseThrow(), scope.get()));
                narrowed.addAll(elementGuards(column, Set.of(), added));
            } else if (removals.containsKey(column)) {
                columns.remove(column);
                narrowed.addAll(elementGuards(column, removals.get(column), insertions.get(column)));
            }
        }
        if (columns.isEmpty()) {
            addNarrowedVerification(row, narrowed);
            return;
        }
        if (!narrowed.isEmpty()) {
            addNarrowedVerification(row, narrowed);
        }
        Map<String, Datum> values = new LinkedHashMap<>();
        columns.forEach(c -> values.put(c, row.original(c).orElseThrow()));
        operations.add(new Operation.Wait(row.tableName(), whereUuid(row.uuid()), columns, Function.EQUAL,
                List.of(Row.of(values)), OptionalLong.of(0)));
        guards.add(operations.size() - 1);
    }

    /**
     * A column changed only by element insertions and deletions need not be verified whole: the {@code mutate}
     * leaves other clients' changes to other elements alone. What still must hold is that the row exists, that
     * the elements removed are still there and that the existing rows added are not (otherwise the IDL's verify
     * would have made ovs-vsctl run the line again).
     */
    private List<Condition> elementGuards(String column, Set<Atom> removed, Set<Atom> added) {
        List<Condition> conditions = new ArrayList<>();
        if (!removed.isEmpty()) {
            conditions.add(new Condition(column, Function.INCLUDES, new OvsdbSet(new ArrayList<>(removed))));
        }
        List<Atom> existing = new ArrayList<>();
        for (Atom atom : added) {
            if (!(atom instanceof UuidAtom u && names.containsKey(u.value()))) {
                existing.add(atom);
            }
        }
        if (!existing.isEmpty()) {
            conditions.add(new Condition(column, Function.EXCLUDES, new OvsdbSet(existing)));
        }
        return conditions;
    }

    /**
     * A column fetched partially is verified as far as it was fetched: it still references the rows of its scope
     * it referenced, and still none of the others. References to rows outside the scope are what the command did
     * not look at.
     */
    private static List<Condition> scopeGuards(String column, OvsdbSet known, Set<Atom> scope) {
        List<Condition> conditions = new ArrayList<>();
        if (known.size() > 0) {
            conditions.add(new Condition(column, Function.INCLUDES, known));
        }
        List<Atom> absent = new ArrayList<>();
        for (Atom atom : scope) {
            if (!known.contains(atom)) {
                absent.add(atom);
            }
        }
        if (!absent.isEmpty()) {
            conditions.add(new Condition(column, Function.EXCLUDES, new OvsdbSet(absent)));
        }
        return conditions;
    }

    /** The row, with these conditions, must exist: a wait on no columns, so only a match counts. */
    private void addNarrowedVerification(WorkingRow row, List<Condition> conditions) {
        List<Condition> where = new ArrayList<>(whereUuid(row.uuid()));
        where.addAll(conditions);
        addExistenceWait(row.tableName(), where, true);
    }

    /**
     * The rows with the guarded value must be those fetched: each of them still has it, and no other row has it.
     * The server compares distinct projections, so the waits project no columns and test one row's presence each.
     */
    private void addMatchGuards() {
        for (WorkingDatabase.MatchGuard guard : db.matchGuards()) {
            Condition hasValue = new Condition(guard.column(), Function.EQUAL, OvsdbSet.of(guard.value()));
            List<Uuid> fetched = db.fetchedRowsWith(guard.table(), guard.column(), OvsdbSet.of(guard.value()));
            if (insertsGuardTheirNames && fetched.isEmpty() && insertGuards(guard)) {
                continue;
            }
            List<Condition> others = new ArrayList<>(List.of(hasValue));
            for (Uuid uuid : fetched) {
                addExistenceWait(guard.table(), List.of(hasValue, Condition.uuidIs(uuid)), true);
                others.add(new Condition(Row.UUID_COLUMN, Function.NOT_EQUAL, OvsdbSet.of(new UuidAtom(uuid))));
            }
            addExistenceWait(guard.table(), others, false);
        }
    }

    /** Whether a row this transaction inserts holds the guarded value in a column that is an index by itself. */
    private boolean insertGuards(WorkingDatabase.MatchGuard guard) {
        TableSchema table = db.schema().table(guard.table());
        if (!table.indexes().contains(List.of(guard.column()))) {
            return false;
        }
        OvsdbSet value = OvsdbSet.of(guard.value());
        for (WorkingRow row : db.rows(guard.table())) {
            if (row.isInserted() && !row.isDeleted() && value.equals(row.read(guard.column()))) {
                return true;
            }
        }
        return false;
    }

    private void addExistenceWait(String table, List<Condition> where, boolean exists) {
        operations.add(new Operation.Wait(table, where, List.of(), Function.EQUAL,
                exists ? List.of(Row.empty()) : List.of(), OptionalLong.of(0)));
        guards.add(operations.size() - 1);
    }

    /** Inserting the only row of a one-row table must find the table still empty. */
    private void addSingletonGuards(List<WorkingRow> rows) {
        for (String table : db.tableNames()) {
            TableSchema schema = db.schema().table(table);
            if (schema.maxRows().orElse(Long.MAX_VALUE) != 1) {
                continue;
            }
            boolean insertsOne = db.fetchedCount(table) == 0 && db.rows(table).size() == 1;
            if (insertsOne) {
                operations.add(new Operation.Wait(table, List.of(), List.of(), Function.EQUAL, List.of(),
                        OptionalLong.of(0)));
                guards.add(operations.size() - 1);
            }
        }
    }

    private void addChange(WorkingRow row) {
        TableSchema table = row.table();
        if (row.isDeleted()) {
            if (row.isInserted()) {
                // the IDL forgets a row inserted and deleted in one transaction, with all its writes
                return;
            }
            if (table.isRoot()) {
                operations.add(new Operation.Delete(table.name(), whereUuid(row.uuid())));
                changes = true;
            }
            // but it still sends a deleted row's partial updates: `del-bond-iface i1 -- destroy Port bond0` takes
            // i1 out of bond0, which stays, as the server does not collect a row that is still referenced. Its
            // whole writes go with it (a bridge's port changes among them): `del-port br0 p1 -- destroy Bridge
            // br0` changes nothing.
            addMutations(row, table);
            return;
        }
        Map<String, Datum> values = new LinkedHashMap<>();
        row.writes().forEach((column, value) -> {
            ColumnSchema schema = table.column(column);
            if (row.isInserted() && value.equals(schema.type().defaultDatum())) {
                return;
            }
            values.put(column, substitute(value));
            if (!row.isInserted() && !value.equals(row.original(column).orElse(null))) {
                changes = true;
            }
        });
        if (row.isInserted()) {
            operations.add(row.isPersistent()
                    ? new Operation.Insert(table.name(), Row.of(values), Optional.empty(), Optional.of(row.uuid()))
                    : new Operation.Insert(table.name(), Row.of(values), Optional.of(names.get(row.uuid()))));
            inserts.put(row.uuid(), operations.size() - 1);
            changes = true;
        } else if (!values.isEmpty()) {
            operations.add(new Operation.Update(table.name(), whereUuid(row.uuid()), Row.of(values)));
        }
        addMutations(row, table);
    }

    /** The row's partial updates, as one {@code mutate} after its other operations. */
    private void addMutations(WorkingRow row, TableSchema table) {
        List<Mutation> mutations = new ArrayList<>();
        for (Mutation m : row.mutations()) {
            mutations.add(new Mutation(m.column(), m.mutator(), substitute(m.value()), m.wireOrder()));
        }
        if (!mutations.isEmpty()) {
            operations.add(new Operation.Mutate(table.name(), whereUuid(row.uuid()), mutations));
            changes = true;
        }
    }

    private List<Condition> whereUuid(Uuid uuid) {
        NamedUuid name = names.get(uuid);
        Atom atom = name != null ? new NamedUuidAtom(name) : new UuidAtom(uuid);
        return List.of(new Condition(Row.UUID_COLUMN, Function.EQUAL, OvsdbSet.of(atom)));
    }

    /** Replaces references to rows inserted by this transaction with their uuid-names. */
    private Datum substitute(Datum datum) {
        if (names.isEmpty()) {
            return datum;
        }
        if (datum instanceof OvsdbSet set) {
            List<Atom> atoms = new ArrayList<>(set.size());
            for (Atom atom : set.atoms()) {
                atoms.add(substitute(atom));
            }
            return new OvsdbSet(atoms);
        }
        List<OvsdbMap.Entry> entries = new ArrayList<>();
        for (OvsdbMap.Entry e : ((OvsdbMap) datum).entries()) {
            entries.add(new OvsdbMap.Entry(substitute(e.key()), substitute(e.value())));
        }
        return new OvsdbMap(entries);
    }

    private Atom substitute(Atom atom) {
        if (atom instanceof UuidAtom u && names.containsKey(u.value())) {
            return new NamedUuidAtom(names.get(u.value()));
        }
        return atom;
    }

    private static NamedUuid rowName(Uuid uuid) {
        return new NamedUuid("row" + uuid.toString().replace('-', '_'));
    }
}
