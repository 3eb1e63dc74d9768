package io.ovsguard.ovsdb.codec;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.internal.LazilyParsedNumber;

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

    private StrictJsonParser(String text) {
        this.text = text;
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
                return new JsonPrimitive(string());
            case 't':
                literal("true");
                return new JsonPrimitive(Boolean.TRUE);
            case 'f':
                literal("false");
                return new JsonPrimitive(Boolean.FALSE);
            case 'n':
                literal("null");
                return JsonNull.INSTANCE;
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
        JsonObject object = new JsonObject();
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
            object.add(name, value());
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
        JsonArray array = new JsonArray();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            depth--;
            return array;
        }
        while (true) {
            array.add(value());
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
                return text.substring(start, pos++);
            }
            if (c == '\\') {
                break;
            }
            if (c < 0x20) {
                throw error("unescaped control character in a string");
            }
            pos++;
        }
        StringBuilder value = new StringBuilder(text.length() - start).append(text, start, pos);
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return value.toString();
            }
            if (c < 0x20) {
                pos--;
                throw error("unescaped control character in a string");
            }
            value.append(c == '\\' ? escape() : c);
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
        return new JsonPrimitive(new LazilyParsedNumber(text.substring(start, pos)));
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
