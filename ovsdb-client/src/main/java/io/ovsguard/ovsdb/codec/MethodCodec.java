package io.ovsguard.ovsdb.codec;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.ovsguard.ovsdb.jsonrpc.Payload;
import io.ovsguard.ovsdb.monitor.MonitorRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * Params and results of the RFC 7047 methods whose shapes are small: list_dbs, get_schema, echo,
 * lock/steal/unlock and their notifications, monitor_cond_change, set_db_change_aware, cancel.
 * Transactions and monitors have codecs of their own.
 */
public final class MethodCodec {

    private MethodCodec() {
    }

    /** Params that are a JSON array of strings, e.g. {@code ["Open_vSwitch"]} or {@code []}. */
    public static Payload stringParams(String... values) {
        JsonArray params = new JsonArray(values.length);
        for (String value : values) {
            params.add(value);
        }
        return new GsonPayload(params);
    }

    /** The list_dbs result: an array of database names. */
    public static List<String> parseStringList(Payload result, String what) {
        JsonElement json = GsonPayload.unwrap(result);
        if (!json.isJsonArray()) {
            throw NotationCodec.expected("an array of strings", json, what);
        }
        List<String> names = new ArrayList<>();
        for (JsonElement element : json.getAsJsonArray()) {
            if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) {
                throw NotationCodec.expected("a string", element, what);
            }
            names.add(element.getAsString());
        }
        return List.copyOf(names);
    }

    /** The lock/steal result {@code {"locked": true|false}}. */
    public static boolean parseLocked(Payload result, String what) {
        JsonElement json = GsonPayload.unwrap(result);
        if (json.isJsonObject()) {
            JsonElement locked = json.getAsJsonObject().get("locked");
            if (locked != null && locked.isJsonPrimitive() && locked.getAsJsonPrimitive().isBoolean()) {
                return locked.getAsBoolean();
            }
        }
        throw NotationCodec.expected("{\"locked\": boolean}", json, what);
    }

    /** The lock name of a {@code locked} or {@code stolen} notification: params {@code [lockId]}. */
    public static String parseLockNotification(Payload params, String method) {
        JsonElement json = GsonPayload.unwrap(params);
        if (json.isJsonArray() && json.getAsJsonArray().size() == 1) {
            JsonElement id = json.getAsJsonArray().get(0);
            if (id.isJsonPrimitive() && id.getAsJsonPrimitive().isString()) {
                return id.getAsString();
            }
        }
        throw NotationCodec.expected("[lock-id]", json, method);
    }

    /** The monitor id (first param) of an update, update2 or update3 notification. */
    public static String monitorIdOf(Payload params, String method) {
        if (params instanceof UpdateNotificationFrame frame) {
            return frame.monitorId();
        }
        JsonElement json = GsonPayload.unwrap(params);
        if (!json.isJsonArray() || json.getAsJsonArray().isEmpty()) {
            throw NotationCodec.expected("an array whose first element is the monitor id", json, method);
        }
        return UpdateParser.monitorId(json.getAsJsonArray().get(0), method);
    }

    /** {@code monitor_cond_change} params: [old-id, new-id, {table: [request...]}]. */
    public static Payload monitorCondChangeParams(String monitorId, String newMonitorId,
            List<MonitorRequest> requests) {
        JsonArray params = new JsonArray(3);
        params.add(monitorId);
        params.add(newMonitorId);
        params.add(conditionChanges(requests));
        return new GsonPayload(params);
    }

    /** {@code set_db_change_aware} params: [bool]. */
    public static Payload booleanParams(boolean value) {
        JsonArray params = new JsonArray(1);
        params.add(value);
        return new GsonPayload(params);
    }

    /** {@code cancel} params: the id of the request to cancel, as its JSON. */
    public static Payload cancelParams(String requestIdJson) {
        JsonArray params = new JsonArray(1);
        params.add(StrictJson.parse(requestIdJson));
        return new GsonPayload(params);
    }

    /** Echo params: the strings given, returned by the server unchanged. */
    public static List<String> parseEcho(Payload result) {
        return parseStringList(result, "echo reply");
    }

    /** Per table, the new where clause. */
    private static JsonObject conditionChanges(List<MonitorRequest> requests) {
        JsonObject tables = new JsonObject();
        for (MonitorRequest request : requests) {
            // ovsdb-server refuses a column change ("changing columns is unsupported"): send only where
            JsonObject change = new JsonObject();
            request.where().ifPresent(where -> change.add("where", OperationCodec.encodeWhere(where)));
            JsonArray list = tables.has(request.table()) ? tables.getAsJsonArray(request.table()) : new JsonArray();
            list.add(change);
            tables.add(request.table(), list);
        }
        return tables;
    }
}
