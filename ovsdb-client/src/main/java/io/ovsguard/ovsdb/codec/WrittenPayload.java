package io.ovsguard.ovsdb.codec;

import com.google.gson.JsonElement;
import com.google.gson.stream.JsonWriter;
import io.ovsguard.ovsdb.jsonrpc.Payload;
import java.io.IOException;
import java.util.Objects;

/**
 * A {@link Payload} that writes itself to a {@link JsonTextWriter} when the message carrying it is
 * encoded, with no JSON tree in between: the params of every {@code transact} are one, so a
 * transaction goes from its operations to the frame's bytes in one pass. The source it writes
 * from must be immutable. Equal to another payload with the same JSON text.
 */
public final class WrittenPayload implements Payload {

    /** Writes one JSON value. */
    @FunctionalInterface
    public interface Source {
        void writeTo(JsonTextWriter out);
    }

    private final Source source;

    public WrittenPayload(Source source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** Writes the value to {@code out}, as part of the enclosing message. */
    public void writeTo(JsonTextWriter out) {
        source.writeTo(out);
    }

    /** Writes the value to a Gson writer, as part of what it writes. */
    public void writeTo(JsonWriter out) throws IOException {
        out.jsonValue(toJson());
    }

    /** The value as a Gson tree, for code that needs one (rarely on a hot path). */
    public JsonElement tree() {
        return StrictJsonParser.parse(toJson());
    }

    @Override
    public String toJson() {
        JsonTextWriter out = new JsonTextWriter();
        source.writeTo(out);
        return out.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Payload payload && toJson().equals(payload.toJson());
    }

    @Override
    public int hashCode() {
        return toJson().hashCode();
    }

    @Override
    public String toString() {
        return toJson();
    }
}
