package io.ovsguard.ovsdb.codec;

import io.ovsguard.ovsdb.schema.KnownSchema;
import java.util.List;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.ovsguard.ovsdb.error.ProtocolException;
import io.ovsguard.ovsdb.jsonrpc.JsonRpcMessage;
import io.ovsguard.ovsdb.jsonrpc.Payload;
import io.ovsguard.ovsdb.jsonrpc.RequestId;
import java.util.Optional;

/**
 * The result of a large successful response, kept as the frame's text: a monitor reply (the
 * whole initial contents of a replica, megabytes) is then decoded straight into rows by
 * {@link UpdateStreamDecoder} without a JSON tree; any other caller gets the tree on demand, parsed
 * as strictly as before. Only frames in ovsdb-server's own layout
 * ({@code {"id":<number>,"result":...,"error":null}}) of at least {@link #MIN_CHARS} are kept so.
 *
 * <p>The codec keeps a frame so only after {@link StrictJsonParser#isValid} found it valid JSON, so a frame
 * that is not is still refused when it arrives. Immutable.
 */
final class ResultFrame implements Payload {

    /**
     * Smaller replies gain nothing from being decoded later. A {@code get_schema} reply for Open_vSwitch (about 15 KB)
     * is kept, so that it can be recognised as a known schema's text instead of being parsed.
     */
    static final int MIN_CHARS = 8 * 1024;

    private static final String START = "{\"id\":";
    private static final String RESULT = ",\"result\":";
    private static final String END = ",\"error\":null}";

    private final String text;
    /** The known schema whose served text the result is, or null. */
    private final KnownSchema known;

    private ResultFrame(String text, KnownSchema known) {
        this.text = text;
        this.known = known;
    }

    /** The response, if {@code frame} is a large success response in ovsdb-server's layout. */
    static Optional<JsonRpcMessage> recognise(String frame) {
        return recognise(frame, List.of());
    }

    /**
     * {@link #recognise(String)}, noting which of {@code knownSchemas} the result is the served text of: such a frame
     * is valid JSON without being checked, as its text is known.
     */
    static Optional<JsonRpcMessage> recognise(String frame, List<KnownSchema> knownSchemas) {
        if (frame.length() < MIN_CHARS || !frame.startsWith(START) || !frame.endsWith(END)) {
            return Optional.empty();
        }
        int digits = START.length();
        while (digits < frame.length() && digits - START.length() < 18 && frame.charAt(digits) >= '0'
                && frame.charAt(digits) <= '9') {
            digits++;
        }
        String id = frame.substring(START.length(), digits);
        if (id.isEmpty() || id.length() > 1 && id.charAt(0) == '0' || !frame.startsWith(RESULT, digits)) {
            return Optional.empty();
        }
        KnownSchema match = null;
        int resultStart = digits + RESULT.length();
        int resultEnd = frame.length() - END.length();
        for (KnownSchema schema : knownSchemas) {
            if (schema.isServedAs(frame, resultStart, resultEnd)) {
                match = schema;
                break;
            }
        }
        return Optional.of(JsonRpcMessage.Response.success(new RequestId(id), new ResultFrame(frame, match)));
    }

    /**
     * The result as text for readers that go element by element (a big transact reply): the frame's layout is
     * fixed and it was checked to be valid JSON, so the span between the members is exactly one JSON value.
     */
    TextPayload resultText() {
        int start = text.indexOf(RESULT, START.length()) + RESULT.length();
        return new TextPayload(text, start, text.length() - END.length());
    }

    /** The known schema whose served text the result is, if the codec found one. */
    Optional<KnownSchema> knownSchema() {
        return Optional.ofNullable(known);
    }

    /** The whole JSON-RPC message's text. */
    String text() {
        return text;
    }

    /** The result as a Gson tree, checked as {@link GsonMessageCodec#decode} checks a response. */
    JsonElement resultTree() {
        JsonElement message;
        try {
            message = StrictJsonParser.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ProtocolException("JSON-RPC response is not valid JSON (" + e.getMessage() + ")", e);
        }
        JsonObject object = (JsonObject) message;
        if (object.has("method")) {
            throw new ProtocolException("JSON-RPC message has both a method and a result or error");
        }
        return object.get("result");
    }

    @Override
    public String toJson() {
        return resultTree().toString();
    }

    /** Equal to another frame with the same text. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ResultFrame frame && frame.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return "ResultFrame[" + text.length() + " chars]";
    }
}
