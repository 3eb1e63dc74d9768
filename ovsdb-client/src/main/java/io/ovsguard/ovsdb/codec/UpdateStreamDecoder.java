package io.ovsguard.ovsdb.codec;

import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.ovsguard.ovsdb.error.ProtocolException;
import io.ovsguard.ovsdb.monitor.MonitorCondSinceReply;
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
import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decodes an {@code update}, {@code update2} or {@code update3} notification straight from its
 * frame's text into rows, with a strict Gson {@link JsonReader} and no JSON tree in between: the
 * same result and the same checks as {@link UpdateParser} on the parsed tree, for a fraction of
 * the allocation. Stateless.
 */
final class UpdateStreamDecoder {

    private UpdateStreamDecoder() {
    }

    /**
     * @throws ProtocolException if the frame is not valid JSON or not a well-formed notification
     * @throws io.ovsguard.ovsdb.error.SchemaException if a table, column or value does not fit the schema
     */
    static MonitorNotification decode(UpdateNotificationFrame frame, DatabaseSchema schema) {
        String method = frame.method();
        MonitorMethod monitor = MonitorMethod.fromNotification(method).orElseThrow(
                () -> new ProtocolException(DisplayText.quoted(method) + " is not a monitor notification"));
        try (JsonReader in = new JsonReader(new StringReader(frame.text()))) {
            in.setStrictness(Strictness.STRICT);
            in.beginObject();
            name(in, "id");
            in.nextNull();
            name(in, "method");
            in.nextString();
            name(in, "params");
            MonitorNotification notification = params(in, monitor, method, schema);
            while (in.hasNext()) {
                String member = in.nextName();
                if (member.equals("result") || member.equals("error")) {
                    throw new ProtocolException("JSON-RPC message has both a method and a result or error: "
                            + method + " notification");
                }
                in.skipValue();
            }
            in.endObject();
            if (in.peek() != JsonToken.END_DOCUMENT) {
                throw new ProtocolException(method + " notification: data after the JSON value");
            }
            return notification;
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            // Gson's reader reports bad syntax and unexpected tokens so
            throw new ProtocolException("malformed " + method + " notification: "
                    + JsonSnippet.firstLine(e.getMessage()), e);
        }
    }

    /**
     * Decodes a monitor reply kept as text: {@code <table-updates>} for {@code monitor} and
     * {@code monitor_cond}, {@code [found, last-txn-id, <table-updates2>]} for {@code monitor_cond_since}.
     *
     * @throws ProtocolException if the frame is not valid JSON or not a well-formed reply
     */
    static MonitorCondSinceReply monitorReply(ResultFrame frame, MonitorMethod method, DatabaseSchema schema) {
        String what = method.wireName() + " reply";
        try (JsonReader in = new JsonReader(new StringReader(frame.text()))) {
            in.setStrictness(Strictness.STRICT);
            in.beginObject();
            name(in, "id");
            in.skipValue();
            name(in, "result");
            MonitorCondSinceReply reply;
            if (method == MonitorMethod.MONITOR_COND_SINCE) {
                in.beginArray();
                if (in.peek() != JsonToken.BOOLEAN) {
                    throw new ProtocolException(what + ": expected [found, last-txn-id, table-updates2]");
                }
                boolean found = in.nextBoolean();
                reply = new MonitorCondSinceReply(found, transactionId(in, what), tableUpdates(in, method, true, schema));
                in.endArray();
            } else {
                reply = new MonitorCondSinceReply(false, Uuid.ZERO, tableUpdates(in, method, true, schema));
            }
            name(in, "error");
            in.nextNull();
            in.endObject();
            if (in.peek() != JsonToken.END_DOCUMENT) {
                throw new ProtocolException(what + ": data after the JSON value");
            }
            return reply;
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            throw new ProtocolException("malformed " + what + ": " + JsonSnippet.firstLine(e.getMessage()), e);
        }
    }

    private static MonitorNotification params(JsonReader in, MonitorMethod monitor, String method,
            DatabaseSchema schema) throws IOException {
        in.beginArray();
        if (in.peek() != JsonToken.STRING) {
            throw new ProtocolException(method + ": expected a string monitor id");
        }
        String monitorId = in.nextString();
        Optional<Uuid> lastTxnId = Optional.empty();
        if (monitor == MonitorMethod.MONITOR_COND_SINCE) {
            lastTxnId = Optional.of(transactionId(in, method));
        }
        int expected = monitor == MonitorMethod.MONITOR_COND_SINCE ? 3 : 2;
        if (in.peek() != JsonToken.BEGIN_OBJECT) {
            throw new ProtocolException(method + ": expected an array of " + expected + " params");
        }
        TableUpdates updates = tableUpdates(in, monitor, false, schema);
        if (in.peek() != JsonToken.END_ARRAY) {
            throw new ProtocolException(method + ": expected an array of " + expected + " params");
        }
        in.endArray();
        return new MonitorNotification(monitor, monitorId, lastTxnId, updates);
    }

    /** A {@code <table-updates>} or {@code <table-updates2>} object, as {@link UpdateParser#parseTableUpdates}. */
    static TableUpdates tableUpdates(JsonReader in, MonitorMethod method, boolean initial, DatabaseSchema schema)
            throws IOException {
        Map<String, Map<Uuid, RowUpdate>> updates = new LinkedHashMap<>();
        in.beginObject();
        while (in.hasNext()) {
            TableSchema table = schema.table(in.nextName());
            Map<Uuid, RowUpdate> rows = new LinkedHashMap<>();
            if (in.peek() != JsonToken.BEGIN_OBJECT) {
                throw new ProtocolException("updates of table " + table.name() + ": expected an object");
            }
            in.beginObject();
            while (in.hasNext()) {
                Uuid uuid = UpdateParser.rowUuid(in.nextName(), table);
                if (in.peek() != JsonToken.BEGIN_OBJECT) {
                    throw new ProtocolException(what(table, uuid) + ": expected an object");
                }
                rows.put(uuid, method == MonitorMethod.MONITOR ? rowUpdate(in, table, uuid, initial)
                        : rowUpdate2(in, table, uuid));
            }
            in.endObject();
            updates.put(table.name(), rows);
        }
        in.endObject();
        return new TableUpdates(updates);
    }

    /** An {@code update} row: {@code old} and/or {@code new}. */
    private static RowUpdate rowUpdate(JsonReader in, TableSchema table, Uuid uuid, boolean initial)
            throws IOException {
        Optional<Row> old = Optional.empty();
        Optional<Row> now = Optional.empty();
        in.beginObject();
        while (in.hasNext()) {
            String member = in.nextName();
            if (member.equals("old")) {
                old = optionalRow(in, table, uuid);
            } else if (member.equals("new")) {
                now = optionalRow(in, table, uuid);
            } else {
                in.skipValue();
            }
        }
        in.endObject();
        if (old.isPresent() && now.isPresent()) {
            return RowUpdate.Modified.withOldAndNew(old.get(), now.get());
        }
        if (now.isPresent()) {
            return initial ? new RowUpdate.Initial(now.get()) : new RowUpdate.Inserted(now.get());
        }
        if (old.isPresent()) {
            return new RowUpdate.Deleted(old);
        }
        throw new ProtocolException(what(table, uuid) + ": row update has neither \"old\" nor \"new\"");
    }

    /** An {@code update2} row: exactly one of initial, insert, delete and modify. */
    private static RowUpdate rowUpdate2(JsonReader in, TableSchema table, Uuid uuid) throws IOException {
        in.beginObject();
        if (!in.hasNext()) {
            throw new ProtocolException(what(table, uuid)
                    + ": expected exactly one of initial, insert, delete, modify, got {}");
        }
        String kind = in.nextName();
        RowUpdate update;
        switch (kind) {
            case "initial":
                update = new RowUpdate.Initial(row(in, table, uuid));
                break;
            case "insert":
                update = new RowUpdate.Inserted(row(in, table, uuid));
                break;
            case "delete":
                in.skipValue();
                update = new RowUpdate.Deleted(Optional.empty());
                break;
            case "modify":
                update = RowUpdate.Modified.withDiff(diff(in, table, uuid));
                break;
            default:
                throw new ProtocolException(what(table, uuid) + ": unknown row update " + DisplayText.quoted(kind));
        }
        if (in.hasNext()) {
            throw new ProtocolException(what(table, uuid) + ": expected exactly one of initial, insert, delete, modify");
        }
        in.endObject();
        return update;
    }

    private static Optional<Row> optionalRow(JsonReader in, TableSchema table, Uuid uuid) throws IOException {
        if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return Optional.empty();
        }
        return Optional.of(row(in, table, uuid));
    }

    /** A {@code <row>}, as {@link RowCodec#decode} reads it, given {@code uuid} as its uuid. */
    private static Row row(JsonReader in, TableSchema table, Uuid uuid) throws IOException {
        if (in.peek() != JsonToken.BEGIN_OBJECT) {
            throw new ProtocolException("a " + table.name() + " row: expected an object");
        }
        in.beginObject();
        Map<String, Datum> columns = new LinkedHashMap<>();
        Optional<Uuid> version = Optional.empty();
        while (in.hasNext()) {
            ColumnSchema column = table.column(in.nextName());
            Datum datum = StreamingDatumReader.read(in, column.type(), table.name(), column.name());
            if (Row.UUID_COLUMN.equals(column.name())) {
                RowCodec.uuidOf(datum);
            } else if (Row.VERSION_COLUMN.equals(column.name())) {
                version = Optional.of(RowCodec.uuidOf(datum));
            } else {
                columns.put(column.name(), datum);
            }
        }
        in.endObject();
        return new Row(columns, Optional.of(uuid), version);
    }

    private static RowDiff diff(JsonReader in, TableSchema table, Uuid uuid) throws IOException {
        if (in.peek() != JsonToken.BEGIN_OBJECT) {
            throw new ProtocolException(what(table, uuid) + " modify: expected an object");
        }
        in.beginObject();
        Map<String, Datum> columns = new LinkedHashMap<>();
        while (in.hasNext()) {
            ColumnSchema column = table.column(in.nextName());
            ColumnType type = column.type();
            // a composite column's diff may hold any number of elements
            ColumnType diffType = type.isComposite() ? type.withCounts(0, ColumnType.UNLIMITED) : type;
            columns.put(column.name(), StreamingDatumReader.read(in, diffType, table.name(), column.name()));
        }
        in.endObject();
        return new RowDiff(columns);
    }

    /** A transaction id (uuid text), read by hand: the regular expression costs more than the rest of an update. */
    private static Uuid transactionId(JsonReader in, String what) throws IOException {
        String txn = in.peek() == JsonToken.STRING ? in.nextString() : "";
        try {
            return Uuid.parse(txn);
        } catch (IllegalArgumentException e) {
            throw NotationCodec.expected("a transaction id (uuid text)", new JsonPrimitive(txn), what);
        }
    }

    /** A row's name in messages; built only when there is an error. */
    private static String what(TableSchema table, Uuid uuid) {
        return table.name() + " row " + uuid;
    }

    /** Names the reader's next member, which must be {@code expected} (ovsdb-server's layout). */
    private static void name(JsonReader in, String expected) throws IOException {
        String name = in.nextName();
        if (!name.equals(expected)) {
            throw new ProtocolException("expected member \"" + expected + "\", got " + DisplayText.quoted(name));
        }
    }
}
