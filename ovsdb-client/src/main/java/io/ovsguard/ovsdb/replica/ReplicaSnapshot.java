package io.ovsguard.ovsdb.replica;

import io.ovsguard.ovsdb.error.SchemaException;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One consistent, immutable state of a replica: every replicated table as of the same point in the
 * server's history. Readers keep a snapshot as long as they like; later updates make new snapshots.
 *
 * @param sequence increases by one with every snapshot the replica publishes
 * @param lastTxnId the server's id of the last transaction included, where the server tells it
 */
public record ReplicaSnapshot(DatabaseSchema schema, Map<String, TableView> tables, long sequence,
        Optional<Uuid> lastTxnId) {

    public ReplicaSnapshot {
        Objects.requireNonNull(schema, "schema");
        tables = TableMap.copyOf(tables);
        Objects.requireNonNull(lastTxnId, "lastTxnId");
    }

    /** A snapshot with every table in {@code tableNames} empty. */
    static ReplicaSnapshot empty(DatabaseSchema schema, Set<String> tableNames) {
        Map<String, TableView> tables = new LinkedHashMap<>();
        for (String name : tableNames) {
            tables.put(name, new TableView(name, HashTrieMap.empty()));
        }
        return new ReplicaSnapshot(schema, tables, 0, Optional.empty());
    }

    public String database() {
        return schema.name();
    }

    /**
     * @throws SchemaException if the table is not replicated
     */
    public TableView table(String name) {
        TableView table = tables.get(name);
        if (table == null) {
            throw new SchemaException("table " + name + " is not replicated (replicated: " + tables.keySet() + ")");
        }
        return table;
    }

    public boolean hasTable(String name) {
        return tables.containsKey(name);
    }

    /** Typed reads of the Open_vSwitch schema's main tables. */
    public VswitchView vswitch() {
        return new VswitchView(this);
    }

    /** Total rows across tables. */
    public int rowCount() {
        return tables.values().stream().mapToInt(TableView::size).sum();
    }
}
