package io.ovsguard.ovsdb.codec;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.ovsguard.ovsdb.error.ProtocolException;
import io.ovsguard.ovsdb.jsonrpc.Payload;
import io.ovsguard.ovsdb.monitor.MonitorMethod;
import io.ovsguard.ovsdb.monitor.MonitorNotification;
import io.ovsguard.ovsdb.monitor.RowDiff;
import io.ovsguard.ovsdb.monitor.RowUpdate;
import io.ovsguard.ovsdb.monitor.TableUpdates;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.DisplayText;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.schema.ColumnSchema;
import io.ovsguard.ovsdb.schema.ColumnType;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.ovsdb.schema.TableSchema;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decodes monitor notifications and the {@code <table-updates>} they and the monitor replies
 * carry: {@code update} (RFC 7047 4.1.6, old/new rows), and OVS's {@code update2} and
 * {@code update3} (initial/insert/delete/modify, with modify as a {@link RowDiff}).
 */
public final class UpdateParser {

    private UpdateParser() {
    }

    /**
     * Decodes the params of an {@code update}, {@code update2} or {@code update3} notification.
     *
     * @throws ProtocolException if {@code method} is not one of the three or the params are malformed
     */
    public static MonitorNotification parseNotification(String method, Payload params, DatabaseSchema schema) {
        if (params instanceof UpdateNotificationFrame frame && frame.method().equals(method)) {
            return UpdateStreamDecoder.decode(frame, schema);
        }
        return parseNotification(method, GsonPayload.unwrap(params), schema);
    }

    public static MonitorNotification parseNotification(String method, JsonElement params, DatabaseSchema schema) {
        MonitorMethod monitor = MonitorMethod.fromNotification(method)
                .orElseThrow(() -> new ProtocolException(DisplayText.quoted(method) + " is not a monitor notification"));
        int expected = monitor == MonitorMethod.MONITOR_COND_SINCE ? 3 : 2;
        if (!(params instanceof JsonArray array) || array.size() != expected) {
            throw NotationCodec.expected("an array of " + expected + " params", params, method);
        }
        String monitorId = monitorId(array.get(0), method);
        Optional<Uuid> lastTxnId = Optional.empty();
        if (monitor == MonitorMethod.MONITOR_COND_SINCE) {
            lastTxnId = Optional.of(transactionId(array.get(1), method));
        }
        TableUpdates updates = parseTableUpdates(array.get(expected - 1), monitor, false, schema);
        return new MonitorNotification(monitor, monitorId, lastTxnId, updates);
    }

    /**
     * Decodes a {@code <table-updates>} ({@code monitor}) or {@code <table-updates2>}
     * ({@code monitor_cond}, {@code monitor_cond_since}) object.
     *
     * @param initial true for the monitor's reply: an {@code update} row with only {@code new} is
     *     then {@link RowUpdate.Initial} rather than {@link RowUpdate.Inserted}
     */
    public static TableUpdates parseTableUpdates(JsonElement json, MonitorMethod method, boolean initial,
            DatabaseSchema schema) {
        JsonObject tables = RowCodec.object(json, "table updates");
        Map<String, Map<Uuid, RowUpdate>> updates = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> tableMember : tables.entrySet()) {
            TableSchema table = schema.table(tableMember.getKey());
            JsonObject rows = RowCodec.object(tableMember.getValue(), "updates of table " + table.name());
            Map<Uuid, RowUpdate> rowUpdates = new LinkedHashMap<>();
            for (Map.Entry<String, JsonElement> rowMember : rows.entrySet()) {
                Uuid uuid = rowUuid(rowMember.getKey(), table);
                String what = table.name() + " row " + uuid;
                JsonObject update = RowCodec.object(rowMember.getValue(), what);
                rowUpdates.put(uuid, method == MonitorMethod.MONITOR
                        ? rowUpdate(update, table, uuid, initial, what)
                        : rowUpdate2(update, table, uuid, what));
            }
            updates.put(table.name(), rowUpdates);
        }
        return new TableUpdates(updates);
    }

    /** An {@code update} row: {@code old} and/or {@code new}. */
    private static RowUpdate rowUpdate(JsonObject update, TableSchema table, Uuid uuid, boolean initial,
            String what) {
        Optional<Row> old = optionalRow(update.get("old"), table, uuid);
        Optional<Row> now = optionalRow(update.get("new"), table, uuid);
        if (old.isPresent() && now.isPresent()) {
            return RowUpdate.Modified.withOldAndNew(old.get(), now.get());
        }
        if (now.isPresent()) {
            return initial ? new RowUpdate.Initial(now.get()) : new RowUpdate.Inserted(now.get());
        }
        if (old.isPresent()) {
            return new RowUpdate.Deleted(old);
        }
        throw new ProtocolException(what + ": row update has neither \"old\" nor \"new\"");
    }

    /** An {@code update2} row: exactly one of initial, insert, delete and modify. */
    private static RowUpdate rowUpdate2(JsonObject update, TableSchema table, Uuid uuid, String what) {
        if (update.size() != 1) {
            throw new ProtocolException(what + ": expected exactly one of initial, insert, delete, modify, got "
                    + JsonSnippet.of(update));
        }
        Map.Entry<String, JsonElement> member = update.entrySet().iterator().next();
        switch (member.getKey()) {
            case "initial":
                return new RowUpdate.Initial(RowCodec.decode(member.getValue(), table).withUuid(uuid));
            case "insert":
                return new RowUpdate.Inserted(RowCodec.decode(member.getValue(), table).withUuid(uuid));
            case "delete":
                return new RowUpdate.Deleted(Optional.empty());
            case "modify":
                return RowUpdate.Modified.withDiff(rowDiff(member.getValue(), table, what));
            default:
                throw new ProtocolException(what + ": unknown row update " + DisplayText.quoted(member.getKey()));
        }
    }

    private static RowDiff rowDiff(JsonElement json, TableSchema table, String what) {
        JsonObject object = RowCodec.object(json, what + " modify");
        Map<String, Datum> columns = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> member : object.entrySet()) {
            ColumnSchema column = table.column(member.getKey());
            ColumnType type = column.type();
            // a composite column's diff may hold any number of elements
            ColumnType diffType = type.isComposite() ? type.withCounts(0, ColumnType.UNLIMITED) : type;
            columns.put(column.name(),
                    NotationCodec.decode(member.getValue(), diffType, table.name() + "." + column.name()));
        }
        return new RowDiff(columns);
    }

    private static Optional<Row> optionalRow(JsonElement json, TableSchema table, Uuid uuid) {
        if (json == null || json.isJsonNull()) {
            return Optional.empty();
        }
        return Optional.of(RowCodec.decode(json, table).withUuid(uuid));
    }

    static Uuid rowUuid(String text, TableSchema table) {
        try {
            // the hand-written reader, not Uuid.isUuid's regular expression: every row has a uuid
            return Uuid.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ProtocolException("updates of table " + table.name() + ": row key " + DisplayText.quoted(text)
                    + " is not a uuid");
        }
    }

    static String monitorId(JsonElement json, String what) {
        if (json instanceof JsonPrimitive p && p.isString()) {
            return p.getAsString();
        }
        throw NotationCodec.expected("a string monitor id", json, what);
    }

    static Uuid transactionId(JsonElement json, String what) {
        if (json instanceof JsonPrimitive p && p.isString() && Uuid.isUuid(p.getAsString())) {
            return Uuid.parse(p.getAsString());
        }
        throw NotationCodec.expected("a transaction id (uuid text)", json, what);
    }
}
