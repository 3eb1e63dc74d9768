package io.ovsguard.ovsdb.codec;

/**
 * Tells whether a text is exactly one strict JSON value, by the same rules as
 * {@link StrictJsonParser} (RFC 8259, no leading zeros, at most 255 levels of nesting, nothing
 * after the value), without building anything. The codec runs it on frames whose decoding it
 * defers, so an invalid frame is still refused when it arrives, with the parser's own message.
 * Single use, not thread-safe.
 */
final class JsonSyntaxCheck {

    private static final int MAX_DEPTH = 255;

    private final String text;
    private int pos;
    private int depth;

    private JsonSyntaxCheck(String text) {
        this.text = text;
    }

    static boolean isValid(String text) {
        JsonSyntaxCheck check = new JsonSyntaxCheck(text);
        if (!check.value()) {
            return false;
        }
        check.skipWhitespace();
        return check.pos == text.length();
    }

    private boolean value() {
        skipWhitespace();
        switch (peek()) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                return literal("true");
            case 'f':
                return literal("false");
            case 'n':
                return literal("null");
            default:
                return number();
        }
    }

    private boolean object() {
        if (++depth > MAX_DEPTH) {
            return false;
        }
        pos++;
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            depth--;
            return true;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"' || !string()) {
                return false;
            }
            skipWhitespace();
            if (peek() != ':') {
                return false;
            }
            pos++;
            if (!value()) {
                return false;
            }
            skipWhitespace();
            char next = peek();
            pos++;
            if (next == '}') {
                depth--;
                return true;
            }
            if (next != ',') {
                return false;
            }
        }
    }

    private boolean array() {
        if (++depth > MAX_DEPTH) {
            return false;
        }
        pos++;
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            depth--;
            return true;
        }
        while (true) {
            if (!value()) {
                return false;
            }
            skipWhitespace();
            char next = peek();
            pos++;
            if (next == ']') {
                depth--;
                return true;
            }
            if (next != ',') {
                return false;
            }
        }
    }

    private boolean string() {
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return true;
            }
            if (c < 0x20) {
                return false;
            }
            if (c == '\\' && !escape()) {
                return false;
            }
        }
        return false;
    }

    private boolean escape() {
        if (pos >= text.length()) {
            return false;
        }
        char c = text.charAt(pos++);
        if ("\"\\/bfnrt".indexOf(c) >= 0) {
            return true;
        }
        if (c != 'u' || pos + 4 > text.length()) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (Character.digit(text.charAt(pos++), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private boolean number() {
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (!digits()) {
            return false;
        }
        if (peek() == '.') {
            pos++;
            if (!digits()) {
                return false;
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
                return false;
            }
        }
        char after = peek();
        return !(after >= '0' && after <= '9' || after == '.' || Character.isLetter(after));
    }

    private boolean digits() {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        return pos > start;
    }

    private boolean literal(String word) {
        if (!text.startsWith(word, pos)) {
            return false;
        }
        pos += word.length();
        return !Character.isLetterOrDigit(peek());
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
}
