package io.ovsguard.validator.guard;

import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.op.Operation;
import io.ovsguard.ovsdb.op.TransactionBuilder;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The inverse of a guarded change: delete the rows it inserted and put back the values it changed, but only while
 * every one of those rows still holds exactly what the change left ({@code expected}); if another client wrote any
 * of them meanwhile, the transaction's {@code wait} fails and nothing is overwritten.
 *
 * @param deletions rows the change inserted
 * @param restores  per modified row, the columns to write back with their values before the change
 * @param expected  per row (deleted or restored), the columns that must still hold what the change left
 */
public record RollbackPlan(List<RowKey> deletions, Map<RowKey, Map<String, Datum>> restores,
                           Map<RowKey, Map<String, Datum>> expected) {

    public RollbackPlan {
        deletions = List.copyOf(deletions);
        restores = copy(restores);
        expected = copy(expected);
    }

    /** Nothing to undo. */
    public boolean isEmpty() {
        return deletions.isEmpty() && restores.isEmpty();
    }

    /**
     * The rollback transaction: the waits, the writes, {@code next_cfg += 1} if asked, then a select of every
     * guarded table (the state it made), whose indices are returned in {@code afterSelects}.
     */
    public Built build(DatabaseSchema schema, boolean bumpNextCfg) {
        TransactionBuilder tx = new TransactionBuilder(schema);
        List<Integer> waits = new ArrayList<>();
        List<RowKey> waited = new ArrayList<>();
        expected.forEach((key, columns) -> {
            waits.add(tx.add(CommitPlanner.pin(key, Row.of(columns), new ArrayList<>(columns.keySet()))));
            waited.add(key);
        });
        restores.forEach((key, columns) -> tx.update(key.table(), List.of(Condition.uuidIs(key.uuid())),
                Row.of(columns)));
        for (RowKey key : deletions) {
            tx.add(new Operation.Delete(key.table(), List.of(Condition.uuidIs(key.uuid()))));
        }
        if (bumpNextCfg) {
            VswitchdSync.bumpNextCfg(tx);
        }
        Map<String, Integer> after = DatabaseSnapshot.selectAll(tx);
        return new Built(tx, after, waits, waited);
    }

    /** The built transaction and where its parts are. */
    public record Built(TransactionBuilder builder, Map<String, Integer> afterSelects, List<Integer> waitIndices,
                        List<RowKey> waitedRows) {

        /** The row whose wait is at operation {@code index}, if that operation is one of the conflict waits. */
        public java.util.Optional<RowKey> waitedRow(int index) {
            int at = waitIndices.indexOf(index);
            return at < 0 ? java.util.Optional.empty() : java.util.Optional.of(waitedRows.get(at));
        }
    }

    /**
     * The rows in {@code now} that differ from what the change left, column by column: the conflicts a failed wait
     * stands for. A row that is gone counts as one difference.
     */
    public List<String> conflicts(DatabaseSnapshot now) {
        List<String> out = new ArrayList<>();
        expected.forEach((key, columns) -> {
            java.util.Optional<Row> row = now.row(key);
            if (row.isEmpty()) {
                out.add(key + " was deleted by another client");
                return;
            }
            columns.forEach((column, value) -> {
                Datum current = row.get().get(column).orElse(null);
                if (!Objects.equals(current, value)) {
                    out.add(RowNames.describe(key, row.get()) + " column " + column + " was changed by another client"
                            + " (the guarded change left " + RowNames.text(value) + ", now "
                            + (current == null ? "[]" : RowNames.text(current)) + ")");
                }
            });
        });
        return List.copyOf(out);
    }

    /**
     * Whether {@code after} equals {@code before} on every row and column this plan restored, and has none of the
     * deleted rows; the differences, if any.
     */
    public List<String> differencesFrom(DatabaseSnapshot before, DatabaseSnapshot after) {
        List<String> out = new ArrayList<>();
        for (RowKey key : deletions) {
            if (after.contains(key)) {
                out.add(key + " inserted by the change is still there");
            }
        }
        restores.forEach((key, columns) -> {
            Row now = after.row(key).orElse(null);
            Row then = before.row(key).orElse(null);
            if (now == null || then == null) {
                out.add(key + " is missing " + (now == null ? "after the rollback" : "before the change"));
                return;
            }
            for (String column : columns.keySet()) {
                if (!Objects.equals(now.get(column), then.get(column))) {
                    out.add(RowNames.describe(key, now) + " column " + column + " is " + now.get(column).map(
                            RowNames::text).orElse("[]") + ", was " + then.get(column).map(RowNames::text)
                            .orElse("[]"));
                }
            }
        });
        return List.copyOf(out);
    }

    private static Map<RowKey, Map<String, Datum>> copy(Map<RowKey, Map<String, Datum>> in) {
        Map<RowKey, Map<String, Datum>> out = new LinkedHashMap<>();
        in.forEach((k, v) -> out.put(k, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        return java.util.Collections.unmodifiableMap(out);
    }
}
