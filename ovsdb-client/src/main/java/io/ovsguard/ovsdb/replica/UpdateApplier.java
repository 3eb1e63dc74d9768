package io.ovsguard.ovsdb.replica;

import io.ovsguard.ovsdb.monitor.RowUpdate;
import io.ovsguard.ovsdb.monitor.TableUpdates;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.schema.ColumnSchema;
import io.ovsguard.ovsdb.schema.TableSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies one batch of monitor updates to a snapshot's tables, all or nothing: the result is a new
 * snapshot, or a {@link ReplicaInconsistencyException} and no change. Pure; no I/O, no locking.
 */
final class UpdateApplier {

    /** The columns replicated per table (complete rows are filled in with defaults for these). */
    private final Map<String, List<String>> columns;

    UpdateApplier(Map<String, List<String>> columns) {
        this.columns = Map.copyOf(columns);
    }

    /**
     * @param method the monitor method the updates came from: {@code update2}/{@code update3} rows
     *     leave out default-valued columns, {@code update} rows do not
     * @throws ReplicaInconsistencyException if an update does not fit
     */
    ReplicaSnapshot apply(ReplicaSnapshot base, TableUpdates updates, Optional<Uuid> lastTxnId) {
        Map<String, TableView> tables = new LinkedHashMap<>(base.tables());
        for (Map.Entry<String, Map<Uuid, RowUpdate>> table : updates.tables().entrySet()) {
            TableView view = tables.get(table.getKey());
            if (view == null) {
                continue;
            }
            TableSchema schema = base.schema().table(table.getKey());
            HashTrieMap<Uuid, Row> rows = view.trie();
            for (Map.Entry<Uuid, RowUpdate> change : table.getValue().entrySet()) {
                rows = applyOne(rows, schema, change.getKey(), change.getValue());
            }
            tables.put(table.getKey(), new TableView(table.getKey(), rows));
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

    private HashTrieMap<Uuid, Row> applyOne(HashTrieMap<Uuid, Row> rows, TableSchema schema, Uuid uuid,
            RowUpdate update) {
        Row current = rows.get(uuid);
        if (update instanceof RowUpdate.Initial || update instanceof RowUpdate.Inserted) {
            if (current != null) {
                throw new ReplicaInconsistencyException(schema.name(), uuid, "inserted, but already present");
            }
            return rows.put(uuid, complete(schema, update.newRow().orElseThrow(), uuid));
        }
        if (current == null) {
            throw new ReplicaInconsistencyException(schema.name(), uuid,
                    (update instanceof RowUpdate.Deleted ? "deleted" : "modified") + ", but not present");
        }
        if (update instanceof RowUpdate.Deleted) {
            return rows.remove(uuid);
        }
        return rows.put(uuid, ((RowUpdate.Modified) update).applyTo(current, schema));
    }

    /** The row with every replicated column, defaults where the server left a column out. */
    private Row complete(TableSchema schema, Row row, Uuid uuid) {
        List<String> wanted = columns.get(schema.name());
        Map<String, Datum> all = new LinkedHashMap<>();
        if (wanted == null) {
            for (ColumnSchema column : schema.userColumns()) {
                all.put(column.name(), row.get(column.name()).orElseGet(() -> column.type().defaultDatum()));
            }
        } else {
            for (String name : wanted) {
                all.put(name, row.get(name).orElseGet(() -> schema.column(name).type().defaultDatum()));
            }
        }
        return new Row(all, Optional.of(uuid), row.version());
    }

}
