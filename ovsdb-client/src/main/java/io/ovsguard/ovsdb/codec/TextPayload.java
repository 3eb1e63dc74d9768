package io.ovsguard.ovsdb.codec;

import com.google.gson.JsonElement;
import io.ovsguard.ovsdb.jsonrpc.Payload;
import java.util.Objects;

/**
 * A {@link Payload} that is still the text it arrived as: a checked JSON value inside a frame.
 * The result of every response stays text until its caller, who knows what it answers, reads it:
 * a {@code transact} result is read straight from the text (see {@link ResultParser}), anything
 * else becomes a Gson tree on demand. Equal to another payload with the same compact JSON text.
 */
final class TextPayload implements Payload {

    private final String frame;
    private final int start;
    private final int end;

    /** The value at {@code [start, end)} of {@code frame}, which must have been checked to be one JSON value. */
    TextPayload(String frame, int start, int end) {
        this.frame = Objects.requireNonNull(frame, "frame");
        if (start < 0 || end > frame.length() || start >= end) {
            throw new IllegalArgumentException("bad span " + start + ".." + end + " of a " + frame.length()
                    + "-char frame");
        }
        this.start = start;
        this.end = end;
    }

    String frame() {
        return frame;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    /** The value as a Gson tree. */
    JsonElement tree() {
        return StrictJsonParser.parse(frame.substring(start, end));
    }

    /** Compact text, as Gson writes the tree (the server's own text may differ in spacing and escapes). */
    @Override
    public String toJson() {
        return tree().toString();
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
