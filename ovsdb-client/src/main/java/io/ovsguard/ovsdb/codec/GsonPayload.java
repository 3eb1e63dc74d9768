package io.ovsguard.ovsdb.codec;

import com.google.gson.JsonElement;
import io.ovsguard.ovsdb.jsonrpc.Payload;
import java.util.Objects;

/** A {@link Payload} backed by a Gson tree. The tree must not be modified after wrapping. */
public record GsonPayload(JsonElement json) implements Payload {

    public GsonPayload {
        Objects.requireNonNull(json, "json");
    }

    /** Unwraps a payload produced by this codec. */
    public static JsonElement unwrap(Payload payload) {
        if (payload instanceof GsonPayload gson) {
            return gson.json();
        }
        if (payload instanceof UpdateNotificationFrame frame) {
            return frame.paramsTree();
        }
        if (payload instanceof ResultFrame frame) {
            return frame.resultTree();
        }
        if (payload instanceof WrittenPayload written) {
            return written.tree();
        }
        if (payload instanceof TextPayload text) {
            return text.tree();
        }
        throw new IllegalArgumentException("not a Gson payload: " + payload.getClass().getName());
    }

    @Override
    public String toJson() {
        return json.toString();
    }
}
