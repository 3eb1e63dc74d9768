package io.ovsguard.ovsdb.codec;

import com.google.gson.JsonElement;
import com.google.gson.Strictness;
import com.google.gson.internal.Streams;
import com.google.gson.stream.JsonWriter;
import io.ovsguard.ovsdb.jsonrpc.Payload;
import java.io.IOException;
import java.util.Objects;

/**
 * A {@link Payload} that writes itself to a {@link JsonWriter} when the message carrying it is
 * encoded, with no JSON tree in between: the params of every {@code transact} are one, so a
 * transaction goes from its operations to the frame's text in one pass. The source it writes
 * from must be immutable. Equal to another payload with the same JSON text.
 */
public final class WrittenPayload implements Payload {

    /** Writes one JSON value. */
    @FunctionalInterface
    public interface Source {
        void writeTo(JsonWriter out) throws IOException;
    }

    private final Source source;

    public WrittenPayload(Source source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** Writes the value to {@code out}, as part of the enclosing message. */
    public void writeTo(JsonWriter out) throws IOException {
        source.writeTo(out);
    }

    /** The value as a Gson tree, for code that needs one (rarely on a hot path). */
    public JsonElement tree() {
        return StrictJsonParser.parse(toJson());
    }

    @Override
    public String toJson() {
        StringBuilder text = new StringBuilder(128);
        try {
            JsonWriter out = writerFor(text);
            source.writeTo(out);
            out.flush();
        } catch (IOException e) {
            // a StringBuilder never fails to append
            throw new IllegalStateException("cannot write JSON to memory", e);
        }
        return text.toString();
    }

    /**
     * A compact writer into {@code text} that writes what {@code JsonElement.toString()} would:
     * lenient (so a real that is NaN is written, as before), no HTML escaping. No StringWriter,
     * whose synchronized StringBuffer costs a lock per token.
     */
    static JsonWriter writerFor(StringBuilder text) {
        JsonWriter writer = new JsonWriter(Streams.writerForAppendable(text));
        writer.setStrictness(Strictness.LENIENT);
        return writer;
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
