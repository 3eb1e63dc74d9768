package io.ovsguard.ovsdb.codec;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.ovsguard.ovsdb.error.ProtocolException;
import io.ovsguard.ovsdb.jsonrpc.JsonRpcMessage;
import io.ovsguard.ovsdb.jsonrpc.Payload;
import java.util.Optional;

/**
 * The params of a monitor update notification, kept as the frame's text: the monitor's schema,
 * which decoding a row needs, is only known once the notification is routed to its monitor, and
 * {@link UpdateStreamDecoder} then reads the rows straight from the text, with no JSON tree in
 * between. Only frames in ovsdb-server's own layout ({@code {"id":null,"method":"update3","params":["<id>",...}})
 * are kept so; any other layout is parsed into a tree as before.
 *
 * <p>The codec keeps a frame so only after {@link StrictJsonParser#isValid} found it valid JSON, so a frame
 * that is not is still refused when it arrives; a valid frame whose content does not fit is
 * reported when decoded, like any malformed notification. Immutable.
 */
final class UpdateNotificationFrame implements Payload {

    private static final String START = "{\"id\":null,\"method\":\"";
    private static final String PARAMS = ",\"params\":[\"";

    private final String method;
    private final String text;
    private final String monitorId;

    private UpdateNotificationFrame(String method, String text, String monitorId) {
        this.method = method;
        this.text = text;
        this.monitorId = monitorId;
    }

    /** The notification, if {@code frame} is an update notification in ovsdb-server's layout. */
    static Optional<JsonRpcMessage> recognise(String frame) {
        if (!frame.startsWith(START)) {
            return Optional.empty();
        }
        int methodEnd = frame.indexOf('"', START.length());
        if (methodEnd < 0) {
            return Optional.empty();
        }
        String method = frame.substring(START.length(), methodEnd);
        if (!method.equals("update3") && !method.equals("update2") && !method.equals("update")
                || !frame.startsWith(PARAMS, methodEnd + 1)) {
            return Optional.empty();
        }
        int idStart = methodEnd + 1 + PARAMS.length();
        int idEnd = frame.indexOf('"', idStart);
        if (idEnd < 0 || frame.lastIndexOf('\\', idEnd) >= idStart) {
            // an escaped monitor id: rare enough to take the general path
            return Optional.empty();
        }
        return Optional.of(new JsonRpcMessage.Notification(method,
                new UpdateNotificationFrame(method, frame, frame.substring(idStart, idEnd))));
    }

    String method() {
        return method;
    }

    /** The whole JSON-RPC message's text. */
    String text() {
        return text;
    }

    /** The monitor id, the first param, read without decoding the rest. */
    String monitorId() {
        return monitorId;
    }

    /** The params as a Gson tree, for callers that are not the update decoder. */
    JsonElement paramsTree() {
        JsonElement message;
        try {
            message = StrictJsonParser.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ProtocolException(method + " notification is not valid JSON (" + e.getMessage() + ")", e);
        }
        return ((JsonObject) message).get("params");
    }

    @Override
    public String toJson() {
        return paramsTree().toString();
    }

    /** Equal to another frame with the same text. */
    @Override
    public boolean equals(Object other) {
        return other instanceof UpdateNotificationFrame frame && frame.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return "UpdateNotificationFrame[" + method + ", " + text.length() + " chars]";
    }
}
