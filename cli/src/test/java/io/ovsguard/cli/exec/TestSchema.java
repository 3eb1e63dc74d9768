package io.ovsguard.cli.exec;

import io.ovsguard.ovsdb.notation.AtomType;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.schema.BaseType;
import io.ovsguard.ovsdb.schema.ColumnSchema;
import io.ovsguard.ovsdb.schema.ColumnType;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.ovsdb.schema.RefType;
import io.ovsguard.ovsdb.schema.SchemaVersion;
import io.ovsguard.ovsdb.schema.TableSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** A small slice of the Open_vSwitch schema for unit tests, built by hand so they need no server. */
public final class TestSchema {

    private TestSchema() {
    }

    public static DatabaseSchema vswitch() {
        BaseType string = BaseType.of(AtomType.STRING);
        BaseType integer = BaseType.of(AtomType.INTEGER);
        Map<String, TableSchema> tables = new LinkedHashMap<>();
        tables.put("Open_vSwitch", table("Open_vSwitch", OptionalLong.of(1), true,
                column("bridges", ColumnType.set(BaseType.of(AtomType.UUID).withRef("Bridge", RefType.STRONG), 0,
                        ColumnType.UNLIMITED)),
                column("next_cfg", ColumnType.scalar(integer)),
                column("cur_cfg", ColumnType.scalar(integer)),
                column("other_config", ColumnType.map(string, string, 0, ColumnType.UNLIMITED)),
                column("ovs_version", ColumnType.optional(string))));
        tables.put("Bridge", table("Bridge", OptionalLong.empty(), false,
                column("name", ColumnType.scalar(string)),
                column("ports", ColumnType.set(BaseType.of(AtomType.UUID).withRef("Port", RefType.STRONG), 0,
                        ColumnType.UNLIMITED)),
                column("fail_mode", ColumnType.optional(string.withEnum(OvsdbSet.ofStrings("secure", "standalone")))),
                column("flood_vlans", ColumnType.set(integer.withIntegerRange(0, 4095), 0, 4096)),
                column("netflow", ColumnType.optional(BaseType.of(AtomType.UUID).withRef("NetFlow", RefType.STRONG))),
                column("other_config", ColumnType.map(string, string, 0, ColumnType.UNLIMITED)),
                column("external_ids", ColumnType.map(string, string, 0, ColumnType.UNLIMITED))));
        tables.put("Port", table("Port", OptionalLong.empty(), false,
                column("name", ColumnType.scalar(string)),
                column("tag", ColumnType.optional(integer.withIntegerRange(0, 4095))),
                column("fake_bridge", ColumnType.scalar(BaseType.of(AtomType.BOOLEAN))),
                column("trunks", ColumnType.set(integer.withIntegerRange(0, 4095), 0, 4096)),
                column("interfaces", ColumnType.set(BaseType.of(AtomType.UUID).withRef("Interface",
                        RefType.STRONG), 0, ColumnType.UNLIMITED))));
        tables.put("Interface", table("Interface", OptionalLong.empty(), false,
                column("name", ColumnType.scalar(string))));
        tables.put("NetFlow", table("NetFlow", OptionalLong.empty(), false,
                column("targets", ColumnType.set(string, 1, ColumnType.UNLIMITED))));
        tables.put("Flow_Table", table("Flow_Table", OptionalLong.empty(), false,
                column("name", ColumnType.optional(string))));
        return new DatabaseSchema("Open_vSwitch", new SchemaVersion(8, 3, 1), Optional.empty(), tables);
    }

    private static TableSchema table(String name, OptionalLong maxRows, boolean root, ColumnSchema... columns) {
        Map<String, ColumnSchema> map = new LinkedHashMap<>();
        for (ColumnSchema c : columns) {
            map.put(c.name(), c);
        }
        return new TableSchema(name, map, maxRows, root, List.of());
    }

    private static ColumnSchema column(String name, ColumnType type) {
        return ColumnSchema.of(name, type);
    }
}
