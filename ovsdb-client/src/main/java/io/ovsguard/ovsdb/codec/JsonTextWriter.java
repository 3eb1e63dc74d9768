package io.ovsguard.ovsdb.codec;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Writes compact JSON text straight into UTF-8 bytes: what a request is on the wire, with no
 * {@code String} or per-token {@code Writer} call in between (a 10,000-port transaction is 2 MB
 * of text). The output is the text Gson's lenient {@code JsonWriter} without HTML escaping
 * writes, so both can be compared: {@code "}, {@code \}, control characters, U+2028 and U+2029
 * escaped; numbers as {@link Long#toString}/{@link Double#toString}. An unpaired surrogate (which
 * has no UTF-8 form) is written as {@code ?}, as {@link String#getBytes} does.
 *
 * <p>The bytes go into chunks that double up to 64 KiB and are never copied to grow: a large
 * message leaves as its chunks (see {@link #asByteBuffers}), with no 2x-sized array or copy.
 *
 * <p>Callers write well-formed JSON (names only inside objects, balanced begin/end); the writer
 * only places the commas and colons. Single use, not thread-safe.
 */
public final class JsonTextWriter {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_DEPTH = 255;
    private static final int MAX_CHUNK = 64 * 1024;

    /** Full chunks, in order, each used up to its end except where {@link #ends} says. */
    private final List<byte[]> full = new ArrayList<>();
    private final List<Integer> ends = new ArrayList<>();
    /** The chunk being written, and how much of it is used. */
    private byte[] bytes;
    private int length;
    /** Per open array or object: whether nothing has been written in it yet. */
    private boolean[] empty = new boolean[8];
    private int depth;
    private boolean afterName;

    public JsonTextWriter() {
        this(256);
    }

    public JsonTextWriter(int expectedBytes) {
        bytes = new byte[Math.max(16, expectedBytes)];
    }

    public JsonTextWriter beginArray() {
        beforeValue();
        return open('[');
    }

    public JsonTextWriter endArray() {
        return close(']');
    }

    public JsonTextWriter beginObject() {
        beforeValue();
        return open('{');
    }

    public JsonTextWriter endObject() {
        return close('}');
    }

    /** A member name; the next call writes its value. */
    public JsonTextWriter name(String name) {
        beforeValue();
        string(name);
        put((byte) ':');
        afterName = true;
        return this;
    }

    /** A member name written in advance, as {@link #name(String)} writes it; see {@link #name(Token)}. */
    public JsonTextWriter name(Token name) {
        beforeValue();
        raw(name.bytes);
        put((byte) ':');
        afterName = true;
        return this;
    }

    /** A string value written in advance, as {@link #value(String)} writes it. */
    public JsonTextWriter value(Token value) {
        beforeValue();
        raw(value.bytes);
        return this;
    }

    public JsonTextWriter value(String value) {
        beforeValue();
        string(value);
        return this;
    }

    public JsonTextWriter value(long value) {
        beforeValue();
        ascii(Long.toString(value));
        return this;
    }

    public JsonTextWriter value(double value) {
        beforeValue();
        ascii(Double.toString(value));
        return this;
    }

    public JsonTextWriter value(boolean value) {
        beforeValue();
        ascii(value ? "true" : "false");
        return this;
    }

    public JsonTextWriter nullValue() {
        beforeValue();
        ascii("null");
        return this;
    }

    /** Writes a Gson tree, as Gson would. */
    public JsonTextWriter value(JsonElement json) {
        if (json == null || json.isJsonNull()) {
            return nullValue();
        }
        if (json instanceof JsonPrimitive p) {
            if (p.isString()) {
                return value(p.getAsString());
            }
            if (p.isBoolean()) {
                return value(p.getAsBoolean());
            }
            beforeValue();
            ascii(p.getAsNumber().toString());
            return this;
        }
        if (json instanceof JsonArray array) {
            beginArray();
            for (JsonElement element : array) {
                value(element);
            }
            return endArray();
        }
        beginObject();
        for (Map.Entry<String, JsonElement> member : ((JsonObject) json).entrySet()) {
            name(member.getKey()).value(member.getValue());
        }
        return endObject();
    }

    /** The text written so far, as UTF-8. */
    public byte[] toByteArray() {
        ByteBuffer[] chunks = asByteBuffers();
        int total = 0;
        for (ByteBuffer chunk : chunks) {
            total += chunk.remaining();
        }
        byte[] all = new byte[total];
        int at = 0;
        for (ByteBuffer chunk : chunks) {
            int n = chunk.remaining();
            chunk.get(all, at, n);
            at += n;
        }
        return all;
    }

    /** The text written so far, as UTF-8 in buffers over the writer's own chunks: no copy. Write no more after this. */
    public ByteBuffer[] asByteBuffers() {
        ByteBuffer[] chunks = new ByteBuffer[full.size() + 1];
        for (int i = 0; i < full.size(); i++) {
            chunks[i] = ByteBuffer.wrap(full.get(i), 0, ends.get(i));
        }
        chunks[full.size()] = ByteBuffer.wrap(bytes, 0, length);
        return chunks;
    }

    /** The text written so far. */
    @Override
    public String toString() {
        return new String(toByteArray(), StandardCharsets.UTF_8);
    }

    private JsonTextWriter open(char bracket) {
        if (depth == MAX_DEPTH) {
            throw new IllegalStateException("JSON nested deeper than " + MAX_DEPTH);
        }
        put((byte) bracket);
        if (++depth == empty.length) {
            empty = Arrays.copyOf(empty, Math.min(empty.length * 2, MAX_DEPTH + 1));
        }
        empty[depth] = true;
        return this;
    }

    private JsonTextWriter close(char bracket) {
        if (depth == 0) {
            throw new IllegalStateException("'" + bracket + "' without an open array or object");
        }
        depth--;
        put((byte) bracket);
        return this;
    }

    private void beforeValue() {
        if (afterName) {
            afterName = false;
        } else if (depth > 0) {
            if (empty[depth]) {
                empty[depth] = false;
            } else {
                put((byte) ',');
            }
        }
    }

    private void raw(byte[] text) {
        ensure(text.length);
        System.arraycopy(text, 0, bytes, length, text.length);
        length += text.length;
    }

    private void ascii(String text) {
        int n = text.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            bytes[length++] = (byte) text.charAt(i);
        }
    }

    private void string(String text) {
        int n = text.length();
        // worst case: every char a six-byte escape
        ensure(n * 6L + 2);
        byte[] out = bytes;
        int at = length;
        out[at++] = '"';
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x80) {
                if (c == '"' || c == '\\') {
                    out[at++] = '\\';
                }
                out[at++] = (byte) c;
            } else if (c < 0x20) {
                at = control(out, at, c);
            } else if (c < 0x800) {
                out[at++] = (byte) (0xc0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3f);
            } else if (c == '\u2028' || c == '\u2029') {
                at = unicodeEscape(out, at, c);
            } else if (!Character.isSurrogate(c)) {
                out[at++] = (byte) (0xe0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3f);
                out[at++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                out[at++] = (byte) (0xf0 | cp >> 18);
                out[at++] = (byte) (0x80 | cp >> 12 & 0x3f);
                out[at++] = (byte) (0x80 | cp >> 6 & 0x3f);
                out[at++] = (byte) (0x80 | cp & 0x3f);
            } else {
                out[at++] = '?';
            }
        }
        out[at++] = '"';
        length = at;
    }

    private static int control(byte[] out, int at, char c) {
        char shortForm;
        switch (c) {
            case '\t':
                shortForm = 't';
                break;
            case '\b':
                shortForm = 'b';
                break;
            case '\n':
                shortForm = 'n';
                break;
            case '\r':
                shortForm = 'r';
                break;
            case '\f':
                shortForm = 'f';
                break;
            default:
                return unicodeEscape(out, at, c);
        }
        out[at++] = '\\';
        out[at++] = (byte) shortForm;
        return at;
    }

    private static int unicodeEscape(byte[] out, int at, char c) {
        out[at++] = '\\';
        out[at++] = 'u';
        out[at++] = HEX[c >> 12 & 0xf];
        out[at++] = HEX[c >> 8 & 0xf];
        out[at++] = HEX[c >> 4 & 0xf];
        out[at++] = HEX[c & 0xf];
        return at;
    }

    private void put(byte b) {
        ensure(1);
        bytes[length++] = b;
    }

    /** Makes room for {@code more} bytes in the current chunk, starting a new one if it lacks it. */
    private void ensure(long more) {
        if (bytes.length - length < more) {
            long wanted = Math.max(Math.min((long) bytes.length * 2, MAX_CHUNK), more);
            if (wanted > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("JSON text longer than 2 GB");
            }
            if (length > 0) {
                full.add(bytes);
                ends.add(length);
            }
            bytes = new byte[(int) wanted];
            length = 0;
        }
    }

    /**
     * A JSON string encoded once, for the names and words every operation repeats ({@code "op"},
     * {@code "table"}, {@code "insert"}, ...): a large transaction writes each of them thousands of
     * times, and a copy of a few bytes costs less than encoding them again. Immutable.
     */
    public static final class Token {

        private final byte[] bytes;

        public Token(String text) {
            JsonTextWriter writer = new JsonTextWriter(text.length() + 2);
            writer.string(text);
            this.bytes = writer.toByteArray();
        }
    }
}
