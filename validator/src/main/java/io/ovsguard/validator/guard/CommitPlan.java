package io.ovsguard.validator.guard;

import io.ovsguard.ovsdb.notation.NamedUuid;
import io.ovsguard.ovsdb.op.Transaction;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The guarded commit transaction and what it writes.
 *
 * @param transaction    the caller's waits, waits on the snapshot of every row it modifies, the caller's operations
 *                       (inserts carrying their crash mark), the marks of modified rows, the next_cfg bump and a
 *                       select of every guarded table (the state the commit made)
 * @param afterSelects   the indices of those final selects, by table
 * @param inserted       the rows the change inserts, by table and uuid-name
 * @param modified       the existing rows it writes, with the columns it writes
 * @param touchedColumns per table, every column the change writes (plus external_ids, which holds the marks)
 */
public record CommitPlan(Transaction transaction, Map<String, Integer> afterSelects, List<PlannedInsert> inserted,
                         Map<RowKey, Set<String>> modified, Map<String, Set<String>> touchedColumns) {

    /** One row the change inserts. */
    public record PlannedInsert(String table, NamedUuid name) {
    }

    public CommitPlan {
        afterSelects = Map.copyOf(afterSelects);
        inserted = List.copyOf(inserted);
        modified = Map.copyOf(modified);
        touchedColumns = Map.copyOf(touchedColumns);
    }

    public Set<String> touched(String table) {
        return touchedColumns.getOrDefault(table, Set.of(CrashMark.EXTERNAL_IDS));
    }
}
