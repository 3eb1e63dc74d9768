package io.ovsguard.validator.guard;

import io.ovsguard.ovsdb.codec.SchemaParser;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A small hand-written Open_vSwitch schema (the columns the guard touches) and a switch with br0 and port p0. */
final class GuardFixtures {

    static final Uuid ROOT = uuid(1);
    static final Uuid BR0 = uuid(2);
    static final Uuid PORT_P0 = uuid(3);
    static final Uuid IFACE_P0 = uuid(4);

    private GuardFixtures() {
    }

    static DatabaseSchema schema() {
        try (InputStream in = GuardFixtures.class.getResourceAsStream("/guard/mini-vswitch-schema.json")) {
            return SchemaParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Uuid uuid(int n) {
        return new Uuid(UUID.fromString(String.format("00000000-0000-0000-0000-%012d", n)));
    }

    /** br0 with p0 (net_null0, no mtu_request, ofport 1). */
    static DatabaseSnapshot switchWithP0() {
        Map<String, Map<Uuid, Row>> tables = new LinkedHashMap<>();
        tables.put("Open_vSwitch", Map.of(ROOT, row(ROOT, Map.of("bridges", OvsdbSet.of(Atom.uuid(BR0)),
                "next_cfg", OvsdbSet.of(Atom.integer(5)), "other_config",
                OvsdbMap.ofStrings(Map.of("dpdk-socket-mem", "64")), "external_ids", OvsdbMap.empty()))));
        tables.put("Bridge", Map.of(BR0, row(BR0, Map.of("name", OvsdbSet.ofStrings("br0"), "ports",
                OvsdbSet.of(Atom.uuid(PORT_P0)), "external_ids", OvsdbMap.empty()))));
        tables.put("Port", Map.of(PORT_P0, row(PORT_P0, Map.of("name", OvsdbSet.ofStrings("p0"), "interfaces",
                OvsdbSet.of(Atom.uuid(IFACE_P0)), "external_ids", OvsdbMap.empty()))));
        tables.put("Interface", Map.of(IFACE_P0, row(IFACE_P0, Map.of("name", OvsdbSet.ofStrings("p0"), "type",
                OvsdbSet.ofStrings("dpdk"), "options", OvsdbMap.ofStrings(Map.of("dpdk-devargs", "net_null0")),
                "mtu_request", OvsdbSet.empty(), "ofport", OvsdbSet.of(Atom.integer(1)), "external_ids",
                OvsdbMap.empty()))));
        return new DatabaseSnapshot(tables);
    }

    static Row row(Uuid uuid, Map<String, Datum> columns) {
        return Row.of(new LinkedHashMap<>(columns)).withUuid(uuid);
    }

    /** {@code snapshot} with one row replaced. */
    static DatabaseSnapshot with(DatabaseSnapshot snapshot, String table, Row row) {
        Map<String, Map<Uuid, Row>> tables = new LinkedHashMap<>();
        snapshot.tables().forEach((t, rows) -> tables.put(t, new LinkedHashMap<>(rows)));
        tables.get(table).put(row.uuid().orElseThrow(), row);
        return new DatabaseSnapshot(tables);
    }
}
