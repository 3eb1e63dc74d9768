package io.ovsguard.ovsdb.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.ovsguard.ovsdb.error.ProtocolException;
import io.ovsguard.ovsdb.error.SchemaException;
import io.ovsguard.ovsdb.monitor.MonitorCondSinceReply;
import io.ovsguard.ovsdb.monitor.MonitorMethod;
import io.ovsguard.ovsdb.monitor.MonitorNotification;
import io.ovsguard.ovsdb.monitor.MonitorRequest;
import io.ovsguard.ovsdb.monitor.MonitorSelect;
import io.ovsguard.ovsdb.monitor.RowUpdate;
import io.ovsguard.ovsdb.monitor.TableUpdates;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.ovsdb.schema.TableSchema;
import io.ovsguard.ovsdb.testing.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UpdateParserTest {

    private static final DatabaseSchema VSWITCH = Fixtures.vswitchSchema();
    private static final TableSchema BRIDGE = VSWITCH.table("Bridge");
    private static final Uuid BR0 = Uuid.parse("7948ff02-92e9-45ff-b6a8-e452db732e0f");
    private static final List<String> UPDATE2_COLUMNS = List.of("name", "ports", "external_ids", "fail_mode",
            "flood_vlans");

    private static MonitorNotification notification(int index) {
        JsonObject message = Fixtures.captured("notifications").getAsJsonArray().get(index).getAsJsonObject();
        return UpdateParser.parseNotification(message.get("method").getAsString(),
                new GsonPayload(message.get("params")), VSWITCH);
    }

    @Test
    void updateInsertHasOnlyNew() {
        MonitorNotification update = notification(0);

        assertThat(update.method()).isEqualTo(MonitorMethod.MONITOR);
        assertThat(update.monitorId()).isEqualTo("m1");
        RowUpdate row = update.updates().rows("Bridge").get(BR0);
        assertThat(row).isInstanceOf(RowUpdate.Inserted.class);
        assertThat(row.newRow().orElseThrow().uuid()).contains(BR0);
        assertThat(row.newRow().orElseThrow().get("fail_mode")).contains(OvsdbSet.empty());
    }

    @Test
    void update3CarriesTheLastTransactionId() {
        MonitorNotification update = notification(1);

        assertThat(update.method()).isEqualTo(MonitorMethod.MONITOR_COND_SINCE);
        assertThat(update.monitorId()).isEqualTo("m3");
        assertThat(update.lastTxnId()).contains(Uuid.ZERO);
        assertThat(update.updates().rows("Bridge").get(BR0)).isInstanceOf(RowUpdate.Inserted.class);
    }

    @Test
    void update2ModifyDiffAppliedToTheInsertGivesWhatUpdateReportsAsNew() {
        Row inserted = ((RowUpdate.Inserted) notification(2).updates().rows("Bridge").get(BR0)).row();
        RowUpdate.Modified modified = (RowUpdate.Modified) notification(5).updates().rows("Bridge").get(BR0);
        Row newFromUpdate = notification(3).updates().rows("Bridge").get(BR0).newRow().orElseThrow();

        Row current = BRIDGE.withDefaults(inserted, UPDATE2_COLUMNS);
        Row after = modified.applyTo(current, BRIDGE);

        assertThat(modified.diff()).isPresent();
        assertThat(after.uuid()).contains(BR0);
        for (String column : newFromUpdate.columnNames()) {
            assertThat(after.get(column)).as(column).isEqualTo(newFromUpdate.get(column));
        }
        assertThat(after.get("external_ids")).contains(OvsdbMap.ofStrings(Map.of("b", "9", "c", "3")));
        assertThat(after.get("flood_vlans")).contains(OvsdbSet.of(Atom.integer(2), Atom.integer(3)));
    }

    @Test
    void updateModifyHasOldChangedColumnsAndFullNew() {
        RowUpdate.Modified modified = (RowUpdate.Modified) notification(3).updates().rows("Bridge").get(BR0);

        assertThat(modified.old().orElseThrow().columnNames()).containsExactlyInAnyOrder("fail_mode",
                "external_ids", "flood_vlans");
        assertThat(modified.newRow().orElseThrow().get("fail_mode")).contains(OvsdbSet.ofStrings("secure"));
        Row before = notification(0).updates().rows("Bridge").get(BR0).newRow().orElseThrow();
        assertThat(modified.applyTo(before, BRIDGE)).isEqualTo(modified.newRow().get());
    }

    @Test
    void deletesFromUpdate2AndUpdate() {
        assertThat(notification(6).updates().rows("Bridge").get(BR0)).isEqualTo(new RowUpdate.Deleted(Optional.empty()));
        RowUpdate.Deleted deleted = (RowUpdate.Deleted) notification(7).updates().rows("Bridge").get(BR0);
        assertThat(deleted.old().orElseThrow().get("name")).contains(OvsdbSet.ofStrings("br0"));
    }

    @Test
    void monitorRepliesAreInitialRows() {
        TableUpdates cond = MonitorCodec.parseMonitorReply(MonitorMethod.MONITOR_COND,
                new GsonPayload(Fixtures.captured("monitor_cond_initial_reply")), VSWITCH);
        TableUpdates plain = MonitorCodec.parseMonitorReply(MonitorMethod.MONITOR,
                new GsonPayload(Fixtures.captured("monitor_initial_reply")), VSWITCH);

        assertThat(cond.rows("Bridge").get(BR0)).isInstanceOf(RowUpdate.Initial.class);
        assertThat(plain.rows("Bridge").get(BR0)).isInstanceOf(RowUpdate.Initial.class);
        assertThat(cond.rowCount()).isEqualTo(1);
        assertThat(cond.rows("Port")).isEmpty();
    }

    @Test
    void parsesMonitorCondSinceReply() {
        MonitorCondSinceReply reply = MonitorCodec.parseMonitorCondSinceReply(
                new GsonPayload(Fixtures.captured("monitor_cond_since_reply")), VSWITCH);

        assertThat(reply.found()).isFalse();
        assertThat(reply.lastTxnId()).isEqualTo(Uuid.ZERO);
        assertThat(reply.updates().isEmpty()).isTrue();
    }

    @Test
    void malformedNotificationsAreProtocolErrors() {
        assertThatThrownBy(() -> UpdateParser.parseNotification("update2", StrictJson.parse("[\"m\"]"), VSWITCH))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("expected an array of 2 params");
        assertThatThrownBy(() -> UpdateParser.parseNotification("update2", StrictJson.parse("""
                ["m",{"Bridge":{"not-a-uuid":{"delete":null}}}]"""), VSWITCH))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("is not a uuid");
        assertThatThrownBy(() -> UpdateParser.parseNotification("update2", StrictJson.parse("""
                ["m",{"Bridge":{"7948ff02-92e9-45ff-b6a8-e452db732e0f":{"delete":null,"insert":{}}}}]"""), VSWITCH))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("exactly one of");
        assertThatThrownBy(() -> UpdateParser.parseNotification("update", StrictJson.parse("""
                ["m",{"Bridge":{"7948ff02-92e9-45ff-b6a8-e452db732e0f":{}}}]"""), VSWITCH))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("neither");
        assertThatThrownBy(() -> UpdateParser.parseNotification("update3", StrictJson.parse("""
                ["m","x",{}]"""), VSWITCH)).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("transaction id");
        assertThatThrownBy(() -> UpdateParser.parseNotification("updated", StrictJson.parse("[]"), VSWITCH))
                .isInstanceOf(ProtocolException.class);
    }

    @Test
    void unknownTableInUpdatesIsASchemaError() {
        assertThatThrownBy(() -> UpdateParser.parseNotification("update2", StrictJson.parse("""
                ["m",{"Bridges":{}}]"""), VSWITCH)).isInstanceOf(SchemaException.class);
    }

    @Test
    void encodesMonitorCondSinceParams() {
        MonitorRequest bridges = MonitorRequest.columnsOf("Bridge", List.of("name"))
                .withWhere(List.of(Condition.equal("name", Atom.string("br0"))));
        MonitorRequest ports = MonitorRequest.allOf("Port").withSelect(new MonitorSelect(true, false, true, false));

        String params = MonitorCodec.encodeParams(MonitorMethod.MONITOR_COND_SINCE, "Open_vSwitch", "m1",
                List.of(bridges, ports), Optional.empty()).toJson();

        assertThat(params).isEqualTo("""
                ["Open_vSwitch","m1",{"Bridge":{"columns":["name"],"where":[["name","==","br0"]]},\
                "Port":{"select":{"initial":true,"insert":false,"delete":true,"modify":false}}},\
                "00000000-0000-0000-0000-000000000000"]""");
    }

    @Test
    void severalRequestsForOneTableBecomeAnArray() {
        JsonObject requests = MonitorCodec.encodeRequests(MonitorMethod.MONITOR,
                List.of(MonitorRequest.columnsOf("Bridge", List.of("name")),
                        MonitorRequest.columnsOf("Bridge", List.of("ports"))));

        assertThat(requests.get("Bridge")).isInstanceOf(JsonArray.class);
        assertThat(requests.toString()).isEqualTo("""
                {"Bridge":[{"columns":["name"]},{"columns":["ports"]}]}""");
        assertThat(MonitorCodec.encodeCancelParams("m1").toJson()).isEqualTo("[\"m1\"]");
    }

    @Test
    void plainMonitorCannotCarryWhere() {
        MonitorRequest filtered = MonitorRequest.allOf("Bridge").withWhere(List.of());

        assertThatThrownBy(() -> MonitorCodec.encodeRequests(MonitorMethod.MONITOR, List.of(filtered)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("monitor_cond");
    }
}
