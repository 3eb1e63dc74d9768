package io.ovsguard.ovsdb.codec;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.ovsguard.ovsdb.jsonrpc.Payload;
import io.ovsguard.ovsdb.monitor.MonitorCondSinceReply;
import io.ovsguard.ovsdb.monitor.MonitorMethod;
import io.ovsguard.ovsdb.monitor.MonitorRequest;
import io.ovsguard.ovsdb.monitor.MonitorSelect;
import io.ovsguard.ovsdb.monitor.TableUpdates;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Encodes {@code monitor}, {@code monitor_cond}, {@code monitor_cond_since} and
 * {@code monitor_cancel} params, and decodes the monitor replies.
 */
public final class MonitorCodec {

    private MonitorCodec() {
    }

    /**
     * The params of a monitor request: {@code [db, id, requests]}, plus the last transaction id for
     * {@code monitor_cond_since} (all zeros if {@code lastTxnId} is empty, which asks for everything).
     *
     * @throws IllegalArgumentException if a request has a {@code where} but {@code method} is plain {@code monitor}
     */
    public static Payload encodeParams(MonitorMethod method, String database, String monitorId,
            List<MonitorRequest> requests, Optional<Uuid> lastTxnId) {
        JsonArray params = new JsonArray(4);
        params.add(database);
        params.add(monitorId);
        params.add(encodeRequests(method, requests));
        if (method == MonitorMethod.MONITOR_COND_SINCE) {
            params.add(lastTxnId.orElse(Uuid.ZERO).toString());
        }
        return new GsonPayload(params);
    }

    /** The params of {@code monitor_cancel}: {@code [id]}. */
    public static Payload encodeCancelParams(String monitorId) {
        JsonArray params = new JsonArray(1);
        params.add(monitorId);
        return new GsonPayload(params);
    }

    /** The {@code <monitor-requests>} object: one request per table, or an array when a table has several. */
    public static JsonObject encodeRequests(MonitorMethod method, List<MonitorRequest> requests) {
        Map<String, List<JsonObject>> byTable = new LinkedHashMap<>();
        for (MonitorRequest request : requests) {
            if (request.where().isPresent() && !method.isConditional()) {
                throw new IllegalArgumentException("monitor request for " + request.table()
                        + " has a where condition, which needs monitor_cond or monitor_cond_since");
            }
            byTable.computeIfAbsent(request.table(), t -> new ArrayList<>()).add(encodeRequest(request));
        }
        JsonObject json = new JsonObject();
        byTable.forEach((table, list) -> {
            if (list.size() == 1) {
                json.add(table, list.get(0));
            } else {
                JsonArray array = new JsonArray(list.size());
                list.forEach(array::add);
                json.add(table, array);
            }
        });
        return json;
    }

    private static JsonObject encodeRequest(MonitorRequest request) {
        JsonObject json = new JsonObject();
        request.columns().ifPresent(columns -> json.add("columns", OperationCodec.strings(columns)));
        request.where().ifPresent(where -> json.add("where", OperationCodec.encodeWhere(where)));
        MonitorSelect select = request.select();
        if (!select.isAll()) {
            JsonObject selectJson = new JsonObject();
            selectJson.addProperty("initial", select.initial());
            selectJson.addProperty("insert", select.insert());
            selectJson.addProperty("delete", select.delete());
            selectJson.addProperty("modify", select.modify());
            json.add("select", selectJson);
        }
        return json;
    }

    /** Decodes the reply to {@code monitor} or {@code monitor_cond}: the initial contents. */
    public static TableUpdates parseMonitorReply(MonitorMethod method, Payload result, DatabaseSchema schema) {
        if (method == MonitorMethod.MONITOR_COND_SINCE) {
            throw new IllegalArgumentException("use parseMonitorCondSinceReply for monitor_cond_since");
        }
        if (result instanceof ResultFrame frame) {
            return UpdateStreamDecoder.monitorReply(frame, method, schema).updates();
        }
        return UpdateParser.parseTableUpdates(GsonPayload.unwrap(result), method, true, schema);
    }

    /** Decodes the reply to {@code monitor_cond_since}: {@code [found, last-txn-id, table-updates2]}. */
    public static MonitorCondSinceReply parseMonitorCondSinceReply(Payload result, DatabaseSchema schema) {
        if (result instanceof ResultFrame frame) {
            return UpdateStreamDecoder.monitorReply(frame, MonitorMethod.MONITOR_COND_SINCE, schema);
        }
        return parseMonitorCondSinceReply(GsonPayload.unwrap(result), schema);
    }

    public static MonitorCondSinceReply parseMonitorCondSinceReply(JsonElement json, DatabaseSchema schema) {
        String what = "monitor_cond_since reply";
        if (!(json instanceof JsonArray array) || array.size() != 3 || !array.get(0).isJsonPrimitive()
                || !array.get(0).getAsJsonPrimitive().isBoolean()) {
            throw NotationCodec.expected("[found, last-txn-id, table-updates2]", json, what);
        }
        boolean found = array.get(0).getAsBoolean();
        Uuid lastTxnId = UpdateParser.transactionId(array.get(1), what);
        TableUpdates updates = UpdateParser.parseTableUpdates(array.get(2), MonitorMethod.MONITOR_COND_SINCE,
                true, schema);
        return new MonitorCondSinceReply(found, lastTxnId, updates);
    }
}
