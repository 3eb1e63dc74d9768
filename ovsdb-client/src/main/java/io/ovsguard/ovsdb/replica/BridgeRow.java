package io.ovsguard.ovsdb.replica;

import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import java.util.List;
import java.util.Map;

/** A Bridge row, typed. */
public record BridgeRow(Uuid uuid, String name, List<Uuid> ports, String datapathType, Map<String, String> otherConfig,
        Map<String, String> externalIds) {

    public BridgeRow {
        ports = List.copyOf(ports);
        otherConfig = Map.copyOf(otherConfig);
        externalIds = Map.copyOf(externalIds);
    }

    static BridgeRow of(Row row) {
        ColumnReader r = new ColumnReader(row);
        return new BridgeRow(r.uuid(), r.string("name"), r.uuids("ports"), r.string("datapath_type"),
                r.stringMap("other_config"), r.stringMap("external_ids"));
    }
}
