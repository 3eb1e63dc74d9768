package io.ovsguard.ovsdb.replica;

import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** A Port row, typed. */
public record PortRow(Uuid uuid, String name, List<Uuid> interfaces, OptionalLong tag, Map<String, String> otherConfig,
        Map<String, String> externalIds) {

    public PortRow {
        interfaces = List.copyOf(interfaces);
        otherConfig = Map.copyOf(otherConfig);
        externalIds = Map.copyOf(externalIds);
    }

    static PortRow of(Row row) {
        ColumnReader r = new ColumnReader(row);
        return new PortRow(r.uuid(), r.string("name"), r.uuids("interfaces"), r.optionalInteger("tag"),
                r.stringMap("other_config"), r.stringMap("external_ids"));
    }
}
