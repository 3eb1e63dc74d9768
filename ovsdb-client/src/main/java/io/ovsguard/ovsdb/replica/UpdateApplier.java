package io.ovsguard.ovsdb.replica;

import io.ovsguard.ovsdb.monitor.ColumnArray;
import io.ovsguard.ovsdb.monitor.RowUpdate;
import io.ovsguard.ovsdb.monitor.TableUpdates;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.schema.ColumnSchema;
import io.ovsguard.ovsdb.schema.TableSchema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Applies monitor updates to a snapshot's tables, all or nothing: the result is a new snapshot, or
 * a {@link ReplicaInconsistencyException} and no change. A batch of several updates makes one new
 * snapshot, each table's trie edited in place from its first change to its last. No I/O and no
 * locking; its only state is a cache of each table's column layout.
 */
final class UpdateApplier {

    /** The columns replicated per table (complete rows are filled in with defaults for these). */
    private final Map<String, List<String>> columns;
    private final Map<String, Layout> layouts = new ConcurrentHashMap<>();

    UpdateApplier(Map<String, List<String>> columns) {
        this.columns = Map.copyOf(columns);
    }

    /**
     * @throws ReplicaInconsistencyException if an update does not fit
     */
    ReplicaSnapshot apply(ReplicaSnapshot base, TableUpdates updates, Optional<Uuid> lastTxnId) {
        return applyAll(base, List.of(updates), lastTxnId);
    }

    /**
     * The snapshot after every update of {@code batch}, in order; one new snapshot.
     *
     * @throws ReplicaInconsistencyException if an update does not fit
     */
    ReplicaSnapshot applyAll(ReplicaSnapshot base, List<TableUpdates> batch, Optional<Uuid> lastTxnId) {
        Map<String, HashTrieMap.Editor<Uuid, Row>> editors = new HashMap<>();
        for (TableUpdates updates : batch) {
            for (Map.Entry<String, Map<Uuid, RowUpdate>> table : updates.tables().entrySet()) {
                TableView view = base.tables().get(table.getKey());
                if (view == null) {
                    continue;
                }
                TableSchema schema = base.schema().table(table.getKey());
                HashTrieMap.Editor<Uuid, Row> rows = editors.computeIfAbsent(table.getKey(), t -> view.trie().edit());
                for (Map.Entry<Uuid, RowUpdate> change : table.getValue().entrySet()) {
                    applyOne(rows, schema, change.getKey(), change.getValue());
                }
            }
        }
        TableMap tables = TableMap.copyOf(base.tables());
        for (Map.Entry<String, HashTrieMap.Editor<Uuid, Row>> edited : editors.entrySet()) {
            tables = tables.with(edited.getKey(), new TableView(edited.getKey(), edited.getValue().build()));
        }
        return new ReplicaSnapshot(base.schema(), tables, base.sequence() + 1,
                lastTxnId.isPresent() ? lastTxnId : base.lastTxnId());
    }

    /** A snapshot holding exactly the rows of {@code initial} (a monitor reply), replacing {@code base}. */
    ReplicaSnapshot replace(ReplicaSnapshot base, TableUpdates initial, Optional<Uuid> lastTxnId) {
        ReplicaSnapshot empty = ReplicaSnapshot.empty(base.schema(), base.tables().keySet());
        ReplicaSnapshot filled = apply(empty, initial, lastTxnId);
        return new ReplicaSnapshot(base.schema(), filled.tables(), base.sequence() + 1, lastTxnId);
    }

    private void applyOne(HashTrieMap.Editor<Uuid, Row> rows, TableSchema schema, Uuid uuid, RowUpdate update) {
        Row current = rows.get(uuid);
        if (update instanceof RowUpdate.Initial || update instanceof RowUpdate.Inserted) {
            if (current != null) {
                throw new ReplicaInconsistencyException(schema.name(), uuid, "inserted, but already present");
            }
            rows.put(uuid, complete(schema, update.newRow().orElseThrow(), uuid));
            return;
        }
        if (current == null) {
            throw new ReplicaInconsistencyException(schema.name(), uuid,
                    (update instanceof RowUpdate.Deleted ? "deleted" : "modified") + ", but not present");
        }
        if (update instanceof RowUpdate.Deleted) {
            rows.remove(uuid);
            return;
        }
        rows.put(uuid, ((RowUpdate.Modified) update).applyTo(current, schema));
    }

    /**
     * The row with every replicated column, defaults where the server left a column out: the
     * table's template row with the given columns changed, so every row of the table shares the
     * template's column names and index.
     */
    private Row complete(TableSchema schema, Row row, Uuid uuid) {
        Layout layout = layouts.computeIfAbsent(schema.name(), t -> layout(schema));
        Map<String, Datum> given = row.columns();
        ColumnArray replicated = new ColumnArray(given.size());
        given.forEach((name, datum) -> {
            if (layout.template.has(name)) {
                replicated.append(name, datum);
            }
        });
        return layout.template.withChanges(replicated, row.version()).withUuid(uuid);
    }

    private Layout layout(TableSchema schema) {
        List<String> wanted = columns.get(schema.name());
        List<String> names = wanted != null ? wanted
                : schema.userColumns().stream().map(ColumnSchema::name).toList();
        ColumnArray defaults = new ColumnArray(names.size());
        for (String name : names) {
            defaults.append(name, schema.column(name).type().defaultDatum());
        }
        return new Layout(new Row(defaults, Optional.empty(), Optional.empty()));
    }

    /**
     * A table's replicated columns in order, as a row holding their defaults: computed once per
     * table, so rows share one default datum per column and one column index instead of each
     * making its own.
     */
    private record Layout(Row template) {
    }
}
