package io.ovsguard.ovsdb.replica;

import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Open_vSwitch table's row, typed. */
public record OpenVswitchRow(Uuid uuid, List<Uuid> bridges, long nextCfg, long curCfg,
        Optional<String> ovsVersion, Optional<String> dpdkVersion, Map<String, String> otherConfig,
        Map<String, String> externalIds) {

    public OpenVswitchRow {
        bridges = List.copyOf(bridges);
        otherConfig = Map.copyOf(otherConfig);
        externalIds = Map.copyOf(externalIds);
    }

    static OpenVswitchRow of(Row row) {
        ColumnReader r = new ColumnReader(row);
        return new OpenVswitchRow(r.uuid(), r.uuids("bridges"), r.integer("next_cfg"), r.integer("cur_cfg"),
                r.optionalString("ovs_version"), r.optionalString("dpdk_version"), r.stringMap("other_config"),
                r.stringMap("external_ids"));
    }
}
