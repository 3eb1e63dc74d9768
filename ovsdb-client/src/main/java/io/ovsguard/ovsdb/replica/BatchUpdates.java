package io.ovsguard.ovsdb.replica;

import io.ovsguard.ovsdb.monitor.RowUpdate;
import io.ovsguard.ovsdb.monitor.TableUpdates;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The row changes listeners see for a batch of updates applied as one snapshot: a row that only
 * one update of the batch touched keeps that update as the server sent it; a row several touched
 * gets one change from its state before the batch to its state after (inserted, deleted, or
 * modified with its old and new rows), and none if it ends where it began.
 */
final class BatchUpdates {

    private BatchUpdates() {
    }

    static TableUpdates merge(List<TableUpdates> batch, ReplicaSnapshot before, ReplicaSnapshot after) {
        if (batch.size() == 1) {
            return batch.get(0);
        }
        Map<String, Map<Uuid, RowUpdate>> merged = new LinkedHashMap<>();
        Map<String, Set<Uuid>> repeated = new LinkedHashMap<>();
        for (TableUpdates updates : batch) {
            for (Map.Entry<String, Map<Uuid, RowUpdate>> table : updates.tables().entrySet()) {
                if (!after.hasTable(table.getKey())) {
                    continue;
                }
                Map<Uuid, RowUpdate> rows = merged.computeIfAbsent(table.getKey(), t -> new LinkedHashMap<>());
                for (Map.Entry<Uuid, RowUpdate> row : table.getValue().entrySet()) {
                    if (rows.putIfAbsent(row.getKey(), row.getValue()) != null) {
                        repeated.computeIfAbsent(table.getKey(), t -> new HashSet<>()).add(row.getKey());
                    }
                }
            }
        }
        repeated.forEach((table, uuids) -> {
            Map<Uuid, RowUpdate> rows = merged.get(table);
            for (Uuid uuid : uuids) {
                Optional<RowUpdate> net = netChange(before.table(table).get(uuid), after.table(table).get(uuid));
                if (net.isPresent()) {
                    rows.put(uuid, net.get());
                } else {
                    rows.remove(uuid);
                }
            }
        });
        merged.values().removeIf(Map::isEmpty);
        return new TableUpdates(merged);
    }

    private static Optional<RowUpdate> netChange(Optional<Row> was, Optional<Row> is) {
        if (was.isEmpty()) {
            return is.map(RowUpdate.Inserted::new);
        }
        if (is.isEmpty()) {
            return Optional.of(new RowUpdate.Deleted(was));
        }
        return was.get().equals(is.get()) ? Optional.empty()
                : Optional.of(RowUpdate.Modified.withOldAndNew(was.get(), is.get()));
    }
}
