package io.ovsguard.ovsdb.replica;

import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** An Interface row, typed: what ovs-vswitchd was asked for and what it reports back. */
public record InterfaceRow(Uuid uuid, String name, String type, Map<String, String> options, OptionalLong ofport,
        OptionalLong mtu, OptionalLong mtuRequest, Optional<String> error, Map<String, String> otherConfig,
        Map<String, String> externalIds) {

    public InterfaceRow {
        options = Map.copyOf(options);
        otherConfig = Map.copyOf(otherConfig);
        externalIds = Map.copyOf(externalIds);
    }

    static InterfaceRow of(Row row) {
        ColumnReader r = new ColumnReader(row);
        return new InterfaceRow(r.uuid(), r.string("name"), r.string("type"), r.stringMap("options"),
                r.optionalInteger("ofport"), r.optionalInteger("mtu"), r.optionalInteger("mtu_request"),
                r.optionalString("error"), r.stringMap("other_config"), r.stringMap("external_ids"));
    }
}
