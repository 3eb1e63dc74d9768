package io.ovsguard.ovsdb.codec;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.internal.LazilyParsedNumber;
import java.util.Arrays;

/**
 * Parses one RFC 8259 JSON text held in a {@link String} into a Gson tree, strictly: no comments,
 * single quotes, unquoted names, NaN, leading zeros, unescaped control characters or trailing data.
 *
 * <p>It builds the same tree as Gson's strict {@code JsonParser} (numbers stay lazily parsed, a
 * repeated member name keeps its last value) but reads the string in place: Gson's reader copies
 * every text through a fresh 1 KiB buffer, which dominated the garbage of small replies.
 * Single use, not thread-safe.
 */
final class StrictJsonParser {

    /** The same limit as Gson's default, so that hostile nesting cannot overflow the stack. */
    private static final int MAX_DEPTH = 255;

    private final String text;
    private int pos;
    private int depth;
    /** False while a value is only checked, not built: then every method returns null. */
    private boolean build = true;
    /** The top-level member whose value is checked but left as text, and where its value was. */
    private String deferredMember;
    private int deferredStart = -1;
    private int deferredEnd = -1;

    private StrictJsonParser(String text) {
        this.text = text;
    }

    /**
     * A top-level value parsed into a tree except for one member of the top-level object, whose
     * value was checked and left as text at {@code [start, end)}; {@code start} is -1 without that
     * member, or when its value is an object, which is in the tree like any other member.
     */
    record Deferred(JsonElement tree, int start, int end) {
        boolean hasMember() {
            return start >= 0;
        }
    }

    /**
     * Parses like {@link #parse}, but leaves the value of the top-level object's member named
     * {@code member} unbuilt (checked all the same) unless it is an object: a reply's result, which
     * its reader can take straight from the text. A repeated member's last value counts, as in the
     * tree.
     *
     * @throws IllegalArgumentException with a one-line reason if the text is not exactly one JSON value
     */
    static Deferred parseDeferring(String text, String member) {
        StrictJsonParser parser = new StrictJsonParser(text);
        parser.deferredMember = member;
        JsonElement value = parser.value();
        parser.skipWhitespace();
        if (parser.pos != text.length()) {
            throw parser.error("data after the JSON value");
        }
        return new Deferred(value, parser.deferredStart, parser.deferredEnd);
    }

    /** Recognises an element of a known shape by its text, to step over it without reading it char by char. */
    @FunctionalInterface
    interface KnownElement {
        /** Where the element starting at {@code at} ends if it has the known shape, else -1. */
        int endOf(String text, int at);
    }

    /**
     * The spans of the elements of the array at {@code [start, end)} of a text already checked to
     * be JSON, as {@code [start0, end0, start1, end1, ...]}; empty if the value there is not an array.
     */
    static int[] arrayElements(String text, int start, int end) {
        return arrayElements(text, start, end, (t, at) -> -1);
    }

    /** {@link #arrayElements(String, int, int)}, stepping over elements that {@code known} recognises. */
    static int[] arrayElements(String text, int start, int end, KnownElement known) {
        StrictJsonParser parser = new StrictJsonParser(text);
        parser.build = false;
        parser.pos = start;
        parser.skipWhitespace();
        if (parser.peek() != '[') {
            return new int[0];
        }
        parser.pos++;
        int[] spans = new int[16];
        int count = 0;
        parser.skipWhitespace();
        if (parser.peek() == ']') {
            return new int[0];
        }
        boolean more = true;
        while (more && parser.pos < end) {
            if (count + 2 > spans.length) {
                spans = Arrays.copyOf(spans, spans.length * 2);
            }
            // one element per call: a method is compiled after a few hundred calls, a loop body
            // only after many thousands of iterations
            more = parser.element(spans, count, known);
            count += 2;
        }
        return Arrays.copyOf(spans, count);
    }

    /**
     * Whether {@code text} is exactly one JSON value by the rules of {@link #parse}, building nothing: the codec
     * checks frames whose decoding it defers, so that an invalid one is still refused when it arrives.
     */
    static boolean isValid(String text) {
        StrictJsonParser parser = new StrictJsonParser(text);
        parser.build = false;
        try {
            parser.value();
        } catch (IllegalArgumentException invalid) {
            return false;
        }
        parser.skipWhitespace();
        return parser.pos == text.length();
    }

    /**
     * @throws IllegalArgumentException with a one-line reason if the text is not exactly one JSON value
     */
    static JsonElement parse(String text) {
        StrictJsonParser parser = new StrictJsonParser(text);
        JsonElement value = parser.value();
        parser.skipWhitespace();
        if (parser.pos != text.length()) {
            throw parser.error("data after the JSON value");
        }
        return value;
    }

    /** Skips one array element, noting its span at {@code spans[at]}; false after the last one. */
    private boolean element(int[] spans, int at, KnownElement known) {
        skipWhitespace();
        spans[at] = pos;
        int knownEnd = known.endOf(text, pos);
        if (knownEnd > pos) {
            pos = knownEnd;
        } else {
            value();
        }
        spans[at + 1] = pos;
        skipWhitespace();
        char next = peek();
        pos++;
        if (next == ']') {
            return false;
        }
        if (next != ',') {
            pos--;
            throw error("expected ',' or ']' in an array");
        }
        return true;
    }

    private JsonElement value() {
        skipWhitespace();
        if (pos >= text.length()) {
            throw error("end of input where a value was expected");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                String value = string();
                return build ? new JsonPrimitive(value) : null;
            case 't':
                literal("true");
                return build ? new JsonPrimitive(Boolean.TRUE) : null;
            case 'f':
                literal("false");
                return build ? new JsonPrimitive(Boolean.FALSE) : null;
            case 'n':
                literal("null");
                return build ? JsonNull.INSTANCE : null;
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("unexpected character '" + printable(c) + "'");
        }
    }

    private JsonObject object() {
        enter();
        pos++;
        JsonObject object = build ? new JsonObject() : null;
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            depth--;
            return object;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("expected a member name");
            }
            String name = string();
            skipWhitespace();
            expect(':');
            boolean deferredName = depth == 1 && build && name.equals(deferredMember);
            if (deferredName) {
                skipWhitespace();
            }
            // an object (a schema, a small reply) is built at once: checking it now and building it later would
            // read it twice; arrays (transact results) stay text for their reader
            if (deferredName && peek() != '{') {
                deferredStart = pos;
                build = false;
                value();
                build = true;
                deferredEnd = pos;
                object.remove(name);
            } else {
                if (deferredName) {
                    // the last of repeated members counts
                    deferredStart = -1;
                    deferredEnd = -1;
                }
                JsonElement value = value();
                if (build) {
                    object.add(name, value);
                }
            }
            skipWhitespace();
            char next = peek();
            pos++;
            if (next == '}') {
                depth--;
                return object;
            }
            if (next != ',') {
                pos--;
                throw error("expected ',' or '}' in an object");
            }
        }
    }

    private JsonArray array() {
        enter();
        pos++;
        JsonArray array = build ? new JsonArray() : null;
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            depth--;
            return array;
        }
        while (true) {
            JsonElement value = value();
            if (build) {
                array.add(value);
            }
            skipWhitespace();
            char next = peek();
            pos++;
            if (next == ']') {
                depth--;
                return array;
            }
            if (next != ',') {
                pos--;
                throw error("expected ',' or ']' in an array");
            }
        }
    }

    private String string() {
        int start = ++pos;
        // Fast path: no escapes, so the value is a plain substring.
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"') {
                String value = build ? text.substring(start, pos) : null;
                pos++;
                return value;
            }
            if (c == '\\') {
                break;
            }
            if (c < 0x20) {
                throw error("unescaped control character in a string");
            }
            pos++;
        }
        StringBuilder value = build ? new StringBuilder(text.length() - start).append(text, start, pos) : null;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return build ? value.toString() : null;
            }
            if (c < 0x20) {
                pos--;
                throw error("unescaped control character in a string");
            }
            char unescaped = c == '\\' ? escape() : c;
            if (build) {
                value.append(unescaped);
            }
        }
        throw error("unterminated string");
    }

    private char escape() {
        if (pos >= text.length()) {
            throw error("unterminated string");
        }
        char c = text.charAt(pos++);
        switch (c) {
            case '"':
            case '\\':
            case '/':
                return c;
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                if (pos + 4 > text.length()) {
                    throw error("incomplete \\u escape");
                }
                int code = 0;
                for (int i = 0; i < 4; i++) {
                    int digit = Character.digit(text.charAt(pos++), 16);
                    if (digit < 0) {
                        throw error("bad \\u escape");
                    }
                    code = code * 16 + digit;
                }
                return (char) code;
            default:
                pos--;
                throw error("bad escape '\\" + printable(c) + "'");
        }
    }

    private JsonPrimitive number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (!digits()) {
            throw error("bad number");
        }
        if (peek() == '.') {
            pos++;
            if (!digits()) {
                throw error("bad number: no digits after '.'");
            }
        }
        char e = peek();
        if (e == 'e' || e == 'E') {
            pos++;
            char sign = peek();
            if (sign == '+' || sign == '-') {
                pos++;
            }
            if (!digits()) {
                throw error("bad number: no digits in the exponent");
            }
        }
        char after = peek();
        if (after >= '0' && after <= '9' || after == '.' || Character.isLetter(after)) {
            throw error("bad number");
        }
        return build ? new JsonPrimitive(new LazilyParsedNumber(text.substring(start, pos))) : null;
    }

    /** Consumes one or more digits; false if there were none. */
    private boolean digits() {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        return pos > start;
    }

    private void literal(String word) {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected character '" + printable(text.charAt(pos)) + "'");
        }
        pos += word.length();
        char after = peek();
        if (Character.isLetterOrDigit(after)) {
            throw error("unexpected character '" + printable(after) + "'");
        }
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH);
        }
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    /** The current character, or NUL at the end (which no valid continuation accepts). */
    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            pos++;
        }
    }

    private IllegalArgumentException error(String reason) {
        return new IllegalArgumentException(reason + " at offset " + pos);
    }

    private static String printable(char c) {
        return c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }
}
