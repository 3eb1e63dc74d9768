package io.ovsguard.validator.guard;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.NamedUuid;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.op.Function;
import io.ovsguard.ovsdb.op.Mutation;
import io.ovsguard.ovsdb.op.Mutator;
import io.ovsguard.ovsdb.op.Operation;
import io.ovsguard.ovsdb.op.TransactionBuilder;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Builds the guarded commit from the caller's operations and the snapshot read just before: every existing row the
 * change writes is pinned to its snapshot with a {@code wait} (so the undo recorded in its mark is exact), every row
 * it writes carries a crash mark, and the transaction ends with a select of the state it made, which a rollback
 * compares against.
 */
final class CommitPlanner {

    private CommitPlanner() {
    }

    /**
     * @throws IllegalArgumentException if the change deletes rows or writes a table without external_ids (neither
     *                                  can be undone from a mark), or uses a where clause the guard cannot evaluate
     */
    static CommitPlan plan(DatabaseSchema schema, DatabaseSnapshot before, List<Operation> operations,
                           List<Operation.Wait> reads, String guardId, boolean bumpNextCfg) {
        Map<RowKey, Map<String, Datum>> original = new LinkedHashMap<>();
        Map<RowKey, Map<String, Optional<Datum>>> predicted = new LinkedHashMap<>();
        Map<String, Set<String>> touched = new LinkedHashMap<>();
        List<CommitPlan.PlannedInsert> inserted = new ArrayList<>();
        List<Operation> rewritten = new ArrayList<>();
        int names = 0;
        for (Operation op : operations) {
            if (op instanceof Operation.Insert insert) {
                requireMarkable(schema, insert.table());
                NamedUuid name = insert.uuidName().orElse(new NamedUuid("ovsguard_row" + ++names));
                inserted.add(new CommitPlan.PlannedInsert(insert.table(), name));
                touchedIn(touched, insert.table()).addAll(insert.row().columnNames());
                rewritten.add(new Operation.Insert(insert.table(), marked(insert.row(), guardId), Optional.of(name)));
            } else if (op instanceof Operation.Update update) {
                for (Row row : before.matching(update.table(), update.where())) {
                    RowKey key = key(update.table(), row);
                    requireMarkable(schema, update.table());
                    update.row().columns().forEach((column, value) -> {
                        remember(original, predicted, key, row, column);
                        predicted.get(key).put(column, MutationPredictor.afterUpdate(value));
                    });
                }
                touchedIn(touched, update.table()).addAll(update.row().columnNames());
                rewritten.add(op);
            } else if (op instanceof Operation.Mutate mutate) {
                for (Row row : before.matching(mutate.table(), mutate.where())) {
                    RowKey key = key(mutate.table(), row);
                    requireMarkable(schema, mutate.table());
                    for (Mutation m : mutate.mutations()) {
                        remember(original, predicted, key, row, m.column());
                        Optional<Datum> now = predicted.get(key).get(m.column());
                        predicted.get(key).put(m.column(), now.flatMap(d -> MutationPredictor.afterMutation(d, m)));
                    }
                }
                mutate.mutations().forEach(m -> touchedIn(touched, mutate.table()).add(m.column()));
                rewritten.add(op);
            } else if (op instanceof Operation.Delete delete) {
                throw new IllegalArgumentException("a guarded change cannot delete rows (delete from "
                        + delete.table() + "); commit deletions without the guard");
            } else {
                rewritten.add(op);
            }
        }

        TransactionBuilder tx = new TransactionBuilder(schema);
        reads.forEach(tx::add);
        original.forEach((key, columns) -> {
            Row row = before.row(key).orElseThrow();
            List<String> pinned = new ArrayList<>(columns.keySet());
            if (!pinned.contains(CrashMark.EXTERNAL_IDS)) {
                pinned.add(CrashMark.EXTERNAL_IDS);
            }
            tx.add(pin(key, row, pinned));
        });
        rewritten.forEach(tx::add);
        Map<RowKey, Set<String>> modified = new LinkedHashMap<>();
        original.forEach((key, columns) -> {
            Map<String, CrashMark.ColumnUndo> undo = new LinkedHashMap<>();
            columns.forEach((column, value) -> {
                if (!column.equals(CrashMark.EXTERNAL_IDS)) {
                    undo.put(column, new CrashMark.ColumnUndo(value, predicted.get(key).get(column)));
                }
            });
            CrashMark mark = new CrashMark(guardId, false, undo);
            tx.mutate(key.table(), List.of(Condition.uuidIs(key.uuid())), List.of(new Mutation(
                    CrashMark.EXTERNAL_IDS, Mutator.INSERT, OvsdbMap.ofStrings(mark.entries()))));
            modified.put(key, Set.copyOf(columns.keySet()));
        });
        if (bumpNextCfg) {
            VswitchdSync.bumpNextCfg(tx);
        }
        Map<String, Integer> after = DatabaseSnapshot.selectAll(tx);
        touched.values().forEach(columns -> columns.add(CrashMark.EXTERNAL_IDS));
        Map<String, Set<String>> frozen = new LinkedHashMap<>();
        touched.forEach((table, columns) -> frozen.put(table, Set.copyOf(columns)));
        return new CommitPlan(tx.build(), after, inserted, modified, frozen);
    }

    /** {@code wait} until the row's columns equal the snapshot, failing at once if they do not. */
    static Operation.Wait pin(RowKey key, Row row, List<String> columns) {
        Map<String, Datum> values = new LinkedHashMap<>();
        for (String column : columns) {
            values.put(column, row.get(column).orElseThrow(() -> new IllegalStateException(
                    key + " has no column " + column + " in the snapshot")));
        }
        return new Operation.Wait(key.table(), List.of(Condition.uuidIs(key.uuid())), columns, Function.EQUAL,
                List.of(Row.of(values)), OptionalLong.of(0));
    }

    private static Row marked(Row row, String guardId) {
        Map<Atom, Atom> ids = new LinkedHashMap<>();
        row.get(CrashMark.EXTERNAL_IDS).filter(OvsdbMap.class::isInstance)
                .ifPresent(d -> ids.putAll(((OvsdbMap) d).asMap()));
        CrashMark.insertedRow(guardId).entries().forEach((k, v) -> ids.put(Atom.string(k), Atom.string(v)));
        return row.with(CrashMark.EXTERNAL_IDS, OvsdbMap.of(ids));
    }

    private static void remember(Map<RowKey, Map<String, Datum>> original,
                                 Map<RowKey, Map<String, Optional<Datum>>> predicted, RowKey key, Row row,
                                 String column) {
        Map<String, Datum> columns = original.computeIfAbsent(key, k -> new LinkedHashMap<>());
        if (!columns.containsKey(column)) {
            Datum value = row.get(column).orElseThrow(() -> new IllegalArgumentException(
                    key + " has no column " + column));
            columns.put(column, value);
            predicted.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(column, Optional.of(value));
        }
    }

    private static RowKey key(String table, Row row) {
        Uuid uuid = row.uuid().orElseThrow(() -> new IllegalStateException("snapshot row without _uuid"));
        return new RowKey(table, uuid);
    }

    private static Set<String> touchedIn(Map<String, Set<String>> touched, String table) {
        return touched.computeIfAbsent(table, t -> new LinkedHashSet<>());
    }

    private static void requireMarkable(DatabaseSchema schema, String table) {
        if (!DatabaseSnapshot.TABLES.contains(table) || !schema.table(table).hasColumn(CrashMark.EXTERNAL_IDS)) {
            throw new IllegalArgumentException("a guarded change can write only " + DatabaseSnapshot.TABLES
                    + ", not " + table);
        }
    }
}
