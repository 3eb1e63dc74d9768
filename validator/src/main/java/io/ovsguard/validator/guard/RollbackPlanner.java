package io.ovsguard.validator.guard;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.notation.UuidAtom;
import io.ovsguard.ovsdb.result.TransactResult;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Works out the inverse of a guarded change, from the commit's own before/after snapshots or from crash marks. */
final class RollbackPlanner {

    /** A plan, or why none can be made without overwriting someone else's write. */
    record Planned(Optional<RollbackPlan> plan, List<String> conflicts) {
        Planned {
            conflicts = List.copyOf(conflicts);
        }
    }

    private RollbackPlanner() {
    }

    /**
     * The inverse of a commit this process made: {@code before} and {@code after} are the snapshots taken inside the
     * commit transaction, so every difference between them on a written column is the change's.
     */
    static RollbackPlan fromCommit(CommitPlan plan, TransactResult commit, DatabaseSnapshot before,
                                   DatabaseSnapshot after) {
        List<RowKey> deletions = new ArrayList<>();
        Map<RowKey, Map<String, Datum>> restores = new LinkedHashMap<>();
        Map<RowKey, Map<String, Datum>> expected = new LinkedHashMap<>();
        for (CommitPlan.PlannedInsert insert : plan.inserted()) {
            RowKey key = new RowKey(insert.table(), commit.uuidOf(insert.name()));
            Optional<Row> row = after.row(key);
            if (row.isEmpty()) {
                continue;   // a non-root row nothing referred to: the commit already dropped it
            }
            deletions.add(key);
            expected.put(key, values(row.get(), plan.touched(insert.table())));
        }
        plan.modified().forEach((key, columns) -> {
            Row then = before.row(key).orElseThrow();
            Row now = after.row(key).orElseThrow(() -> new IllegalStateException(key + " vanished in the commit"));
            Map<String, Datum> back = new LinkedHashMap<>();
            Map<String, Datum> left = new LinkedHashMap<>();
            for (String column : plan.touched(key.table())) {
                if (then.has(column) && now.has(column)) {
                    left.put(column, now.get(column).get());
                    if (!Objects.equals(then.get(column), now.get(column))) {
                        back.put(column, then.get(column).get());
                    }
                }
            }
            expected.put(key, left);
            if (!back.isEmpty()) {
                restores.put(key, back);
            }
        });
        return new RollbackPlan(deletions, restores, expected);
    }

    /**
     * The inverse of the change {@code guardId} from its marks in {@code now}, for a guard that died before it settled.
     * A written column whose mark knows the value the change left must still hold it; a reference column (whose new
     * value named rows the change inserted) must hold its old value plus only those rows.
     */
    static Planned fromMarks(DatabaseSchema schema, String guardId, DatabaseSnapshot now) {
        List<RowKey> deletions = new ArrayList<>();
        Map<RowKey, CrashMark> modified = new LinkedHashMap<>();
        for (String table : DatabaseSnapshot.TABLES) {
            now.rows(table).forEach((uuid, row) -> CrashMark.of(row, schema.table(table))
                    .filter(m -> m.guardId().equals(guardId)).ifPresent(mark -> {
                        RowKey key = new RowKey(table, uuid);
                        if (mark.inserted()) {
                            deletions.add(key);
                        } else {
                            modified.put(key, mark);
                        }
                    }));
        }
        Set<Uuid> inserted = deletions.stream().map(RowKey::uuid).collect(Collectors.toSet());
        List<String> conflicts = new ArrayList<>();
        Map<RowKey, Map<String, Datum>> restores = new LinkedHashMap<>();
        Map<RowKey, Map<String, Datum>> expected = new LinkedHashMap<>();
        for (RowKey key : deletions) {
            expected.put(key, values(now.row(key).orElseThrow(), Set.of(CrashMark.EXTERNAL_IDS)));
        }
        modified.forEach((key, mark) -> {
            Row row = now.row(key).orElseThrow();
            Map<String, Datum> back = new LinkedHashMap<>();
            Map<String, Datum> left = new LinkedHashMap<>();
            mark.columns().forEach((column, undo) -> {
                Datum current = row.get(column).orElse(null);
                boolean ours = undo.after().isPresent() ? undo.after().get().equals(current)
                        : current != null && withoutRows(current, inserted).equals(undo.before());
                if (!ours) {
                    conflicts.add(RowNames.describe(key, row) + " column " + column + " was changed after the guarded"
                            + " change (now " + (current == null ? "[]" : RowNames.text(current)) + ")");
                }
                left.put(column, current);
                back.put(column, undo.before());
            });
            Datum ids = row.get(CrashMark.EXTERNAL_IDS).orElseThrow();
            left.put(CrashMark.EXTERNAL_IDS, ids);
            back.put(CrashMark.EXTERNAL_IDS, CrashMark.withoutMarks(ids));
            expected.put(key, left);
            restores.put(key, back);
        });
        if (!conflicts.isEmpty()) {
            return new Planned(Optional.empty(), conflicts);
        }
        return new Planned(Optional.of(new RollbackPlan(deletions, restores, expected)), List.of());
    }

    private static Datum withoutRows(Datum datum, Set<Uuid> rows) {
        if (!(datum instanceof OvsdbSet set)) {
            return datum;
        }
        List<Atom> kept = set.atoms().stream()
                .filter(a -> !(a instanceof UuidAtom u && rows.contains(u.value()))).toList();
        return OvsdbSet.of(kept);
    }

    private static Map<String, Datum> values(Row row, Set<String> columns) {
        Map<String, Datum> out = new LinkedHashMap<>();
        for (String column : columns) {
            row.get(column).ifPresent(d -> out.put(column, d));
        }
        return out;
    }
}
