package io.ovsguard.ovsdb.codec;

import io.ovsguard.ovsdb.schema.KnownSchema;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.ovsguard.ovsdb.error.ProtocolException;
import io.ovsguard.ovsdb.jsonrpc.JsonRpcMessage;
import io.ovsguard.ovsdb.jsonrpc.JsonRpcMessage.Notification;
import io.ovsguard.ovsdb.jsonrpc.JsonRpcMessage.Request;
import io.ovsguard.ovsdb.jsonrpc.JsonRpcMessage.Response;
import io.ovsguard.ovsdb.jsonrpc.MessageCodec;
import io.ovsguard.ovsdb.jsonrpc.Payload;
import io.ovsguard.ovsdb.jsonrpc.RequestId;
import io.ovsguard.ovsdb.jsonrpc.RpcError;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;

/**
 * JSON-RPC 1.0 messages as OVSDB uses them (RFC 7047 section 4), with Gson.
 *
 * <p>Parsing is strict (RFC 8259 JSON only: no comments, single quotes, NaN or trailing data).
 * A message with a {@code method} is a request, or a notification when its {@code id} is null or
 * absent; a message with a {@code result} or {@code error} member is a response. Anything else,
 * and any member of the wrong type, is a {@link ProtocolException} with a one-line message.
 * Payloads are {@link GsonPayload}s. Stateless and thread-safe.
 */
public final class GsonMessageCodec implements MessageCodec {

    private static final int EXCERPT_CHARS = 120;

    private final List<KnownSchema> knownSchemas;

    public GsonMessageCodec() {
        this(List.of());
    }

    /**
     * A codec that recognises the served text of these schemas in a {@code get_schema} reply: such a reply is neither
     * checked nor parsed here (its text is known to be valid), and {@link KnownSchemas#match} hands out the schema.
     */
    public GsonMessageCodec(List<KnownSchema> knownSchemas) {
        this.knownSchemas = List.copyOf(knownSchemas);
    }

    @Override
    public JsonRpcMessage decode(String frame) {
        // Monitor updates and large results (monitor replies) are decoded later, straight from the
        // text, once their schema is known; a frame that is not valid JSON takes the path below and
        // is refused with the parser's message.
        Optional<JsonRpcMessage> deferred = UpdateNotificationFrame.recognise(frame)
                .or(() -> ResultFrame.recognise(frame, knownSchemas));
        if (deferred.isPresent() && (isKnownSchema(deferred.get()) || StrictJsonParser.isValid(frame))) {
            return deferred.get();
        }
        // any other response's result stays text (checked, not built) for the caller that knows what it answers
        StrictJsonParser.Deferred parsed = parseStrictDeferring(frame);
        if (!parsed.tree().isJsonObject()) {
            throw new ProtocolException("JSON-RPC message is not a JSON object: " + excerpt(frame));
        }
        JsonObject message = parsed.tree().getAsJsonObject();
        boolean hasMethod = message.has("method");
        boolean isResponse = parsed.hasMember() || message.has("result") || message.has("error");
        if (hasMethod && isResponse) {
            throw new ProtocolException("JSON-RPC message has both a method and a result or error: " + excerpt(frame));
        }
        if (hasMethod) {
            return decodeRequest(message, frame);
        }
        if (isResponse) {
            return decodeResponse(message, parsed, frame);
        }
        throw new ProtocolException("JSON-RPC message has neither a method nor a result or error: " + excerpt(frame));
    }

    private static boolean isKnownSchema(JsonRpcMessage message) {
        return message instanceof Response response && response.result().orElse(null) instanceof ResultFrame frame
                && frame.knownSchema().isPresent();
    }

    @Override
    public String encode(JsonRpcMessage message) {
        return write(message).toString();
    }

    /** The message as UTF-8 bytes, written straight from its payloads with no text in between. */
    @Override
    public ByteBuffer[] encodeUtf8(JsonRpcMessage message) {
        return write(message).asByteBuffers();
    }

    private static JsonTextWriter write(JsonRpcMessage message) {
        JsonTextWriter writer = new JsonTextWriter();
        writer.beginObject();
        if (message instanceof Request request) {
            writeId(writer.name("id"), request.id());
            writer.name("method").value(request.method());
            write(writer.name("params"), request.params());
        } else if (message instanceof Notification notification) {
            writer.name("id").nullValue();
            writer.name("method").value(notification.method());
            write(writer.name("params"), notification.params());
        } else if (message instanceof Response response) {
            writeId(writer.name("id"), response.id());
            if (response.result().isPresent()) {
                write(writer.name("result"), response.result().get());
            } else {
                writer.name("result").nullValue();
            }
            writer.name("error").value(response.error().map(e -> parseStrict(e.rawJson(), "error value"))
                    .orElse(JsonNull.INSTANCE));
        }
        return writer.endObject();
    }

    private static void write(JsonTextWriter writer, Payload payload) {
        if (payload instanceof WrittenPayload written) {
            written.writeTo(writer);
        } else {
            writer.value(toJson(payload));
        }
    }

    private static void writeId(JsonTextWriter writer, RequestId id) {
        String text = id.json();
        if (isDecimalDigits(text)) {
            writer.value(Long.parseLong(text));
        } else {
            writer.value(parseStrict(text, "request id"));
        }
    }

    @Override
    public Payload parsePayload(String json) {
        return new GsonPayload(parseStrict(json, "JSON value"));
    }

    private static JsonRpcMessage decodeRequest(JsonObject message, String frame) {
        JsonElement method = message.get("method");
        if (!isString(method)) {
            throw new ProtocolException("JSON-RPC request method is not a string: " + excerpt(frame));
        }
        JsonElement params = message.get("params");
        if (params == null || !params.isJsonArray()) {
            throw new ProtocolException("JSON-RPC request " + method.getAsString() + " has no params array: " + excerpt(frame));
        }
        JsonElement id = message.get("id");
        if (id == null || id.isJsonNull()) {
            return new Notification(method.getAsString(), new GsonPayload(params));
        }
        return new Request(requestId(id, frame), method.getAsString(), new GsonPayload(params));
    }

    private static JsonRpcMessage decodeResponse(JsonObject message, StrictJsonParser.Deferred parsed, String frame) {
        JsonElement id = message.get("id");
        if (id == null || id.isJsonNull()) {
            throw new ProtocolException("JSON-RPC response has no id: " + excerpt(frame));
        }
        RequestId requestId = requestId(id, frame);
        JsonElement error = message.get("error");
        // an object result is in the tree; any other stays text at the parsed span
        JsonElement builtResult = message.get("result");
        boolean nullResult = builtResult == null && (!parsed.hasMember() || frame.startsWith("null", parsed.start()));
        if (error != null && !error.isJsonNull()) {
            if (!nullResult) {
                throw new ProtocolException("JSON-RPC response " + requestId + " has both a result and an error: "
                        + excerpt(frame));
            }
            return Response.failure(requestId, rpcError(error, frame));
        }
        // A null (or absent) result with a null error is a success whose result is JSON null.
        if (nullResult) {
            return Response.success(requestId, new GsonPayload(JsonNull.INSTANCE));
        }
        return Response.success(requestId, builtResult != null ? new GsonPayload(builtResult)
                : new TextPayload(frame, parsed.start(), parsed.end()));
    }

    private static RpcError rpcError(JsonElement error, String frame) {
        if (isString(error)) {
            return new RpcError(error.getAsString(), Optional.empty(), error.toString());
        }
        if (error.isJsonObject() && isString(error.getAsJsonObject().get("error"))) {
            JsonObject object = error.getAsJsonObject();
            JsonElement details = object.get("details");
            Optional<String> detailText = details == null || details.isJsonNull()
                    ? Optional.empty()
                    : Optional.of(isString(details) ? details.getAsString() : details.toString());
            return new RpcError(object.get("error").getAsString(), detailText, error.toString());
        }
        throw new ProtocolException("JSON-RPC error is neither a string nor an object with an \"error\" string: "
                + excerpt(frame));
    }

    private static RequestId requestId(JsonElement id, String frame) {
        if (id instanceof JsonPrimitive p && p.isNumber()) {
            // a number's JSON text is its token as parsed, which is what toString() would write,
            // without a Gson writer per reply
            return new RequestId(p.getAsString());
        }
        if (id.isJsonPrimitive() || id.isJsonArray() || id.isJsonObject()) {
            return new RequestId(id.toString());
        }
        throw new ProtocolException("JSON-RPC id is not valid: " + excerpt(frame));
    }

    private static JsonElement toJson(Payload payload) {
        if (payload instanceof GsonPayload gson) {
            return gson.json();
        }
        return parseStrict(payload.toJson(), "payload");
    }

    private static StrictJsonParser.Deferred parseStrictDeferring(String frame) {
        if (frame.isBlank()) {
            throw new ProtocolException("JSON-RPC message is empty");
        }
        try {
            return StrictJsonParser.parseDeferring(frame, "result");
        } catch (IllegalArgumentException e) {
            throw new ProtocolException("JSON-RPC message is not valid JSON (" + e.getMessage() + "): " + excerpt(frame), e);
        }
    }

    private static JsonElement parseStrict(String text, String what) {
        if (text.isBlank()) {
            throw new ProtocolException(what + " is empty");
        }
        try {
            return StrictJsonParser.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ProtocolException(what + " is not valid JSON (" + e.getMessage() + "): " + excerpt(text), e);
        }
    }

    private static boolean isString(JsonElement element) {
        return element != null && element.isJsonPrimitive() && element.getAsJsonPrimitive().isString();
    }

    private static boolean isDecimalDigits(String text) {
        if (text.isEmpty() || text.length() > 18 || (text.length() > 1 && text.charAt(0) == '0')) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String excerpt(String text) {
        String oneLine = text.length() <= EXCERPT_CHARS ? text : text.substring(0, EXCERPT_CHARS) + "...";
        return oneLine.replace('\n', ' ').replace('\r', ' ');
    }
}
