package io.ovsguard.ovsdb.replica;

import io.ovsguard.ovsdb.monitor.RowUpdate;
import io.ovsguard.ovsdb.monitor.TableUpdates;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The row changes that turn one snapshot into another, for listeners after a full reload. */
final class SnapshotDiff {

    private SnapshotDiff() {
    }

    static TableUpdates between(ReplicaSnapshot before, ReplicaSnapshot after) {
        Map<String, Map<Uuid, RowUpdate>> tables = new LinkedHashMap<>();
        for (Map.Entry<String, TableView> table : after.tables().entrySet()) {
            HashTrieMap<Uuid, Row> old = before.hasTable(table.getKey())
                    ? before.table(table.getKey()).trie() : HashTrieMap.empty();
            HashTrieMap<Uuid, Row> now = table.getValue().trie();
            Map<Uuid, RowUpdate> rows = new LinkedHashMap<>();
            old.forEach((uuid, row) -> {
                if (!now.containsKey(uuid)) {
                    rows.put(uuid, new RowUpdate.Deleted(Optional.of(row)));
                }
            });
            now.forEach((uuid, row) -> {
                Row previous = old.get(uuid);
                if (previous == null) {
                    rows.put(uuid, new RowUpdate.Inserted(row));
                } else if (!previous.equals(row)) {
                    rows.put(uuid, RowUpdate.Modified.withOldAndNew(previous, row));
                }
            });
            if (!rows.isEmpty()) {
                tables.put(table.getKey(), rows);
            }
        }
        return new TableUpdates(tables);
    }
}
