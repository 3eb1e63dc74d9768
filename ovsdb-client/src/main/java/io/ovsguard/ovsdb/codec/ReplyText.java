package io.ovsguard.ovsdb.codec;

/**
 * A position in a span of a reply's text and the JSON tokens found there, for decoders that read values straight
 * from the text. It only accepts: whatever is not plainly well-formed JSON of the kind asked for (a bad escape, a
 * number where a string was asked for, a truncated value...) throws {@link Unreadable}, and the decoder then leaves
 * the value to the tree path, which reads the rare forms and words the errors. So the text path never needs error
 * messages of its own and cannot word them differently. Single use, not thread-safe.
 */
final class ReplyText {

    /**
     * The text at the position is not in a form this reader takes. Thrown from deep inside a value and caught where
     * the value started; one shared instance without a stack trace, as it says nothing beyond "not here".
     */
    static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Unreadable INSTANCE = new Unreadable();

        private Unreadable() {
            super("not readable from the text", null, false, false);
        }
    }

    private final String text;
    private final int end;
    private int pos;

    /** The span {@code [start, end)} of {@code text}. */
    ReplyText(String text, int start, int end) {
        if (start < 0 || end > text.length() || start > end) {
            throw new IllegalArgumentException("bad span " + start + ".." + end + " of a " + text.length()
                    + "-char text");
        }
        this.text = text;
        this.pos = start;
        this.end = end;
    }

    String text() {
        return text;
    }

    /** Where the next character is. */
    int position() {
        return pos;
    }

    /** Consumes {@code c} (after whitespace) if it is next. */
    boolean consume(char c) {
        skipWhitespace();
        if (pos < end && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    /** Consumes {@code c} (after whitespace), which must be next. */
    void expect(char c) {
        if (!consume(c)) {
            throw Unreadable.INSTANCE;
        }
    }

    /**
     * Whether the next value (after whitespace) is an array whose first element is the string {@code "tag"}
     * written without escapes; consumes nothing but the whitespace.
     */
    boolean startsTagged(String tag) {
        skipWhitespace();
        if (pos >= end || text.charAt(pos) != '[') {
            return false;
        }
        int at = pos + 1;
        while (at < end && isWhitespace(text.charAt(at))) {
            at++;
        }
        int close = at + 1 + tag.length();
        return close < end && text.charAt(at) == '"' && text.startsWith(tag, at + 1) && text.charAt(close) == '"';
    }

    /**
     * Consumes the string {@code "word"} if it is next, written without escapes: a member name or a tag of the
     * notation ({@code "set"}, {@code "uuid"}), which must hold no quote, backslash or control character.
     */
    boolean consumeWord(String word) {
        skipWhitespace();
        int close = pos + 1 + word.length();
        if (close < end && text.charAt(pos) == '"' && text.startsWith(word, pos + 1) && text.charAt(close) == '"') {
            pos = close + 1;
            return true;
        }
        return false;
    }

    /** A string value; one with escapes is decoded by {@link StrictJsonParser}, so both read it alike. */
    String string() {
        expect('"');
        int start = pos;
        while (pos < end) {
            char c = text.charAt(pos);
            if (c == '"') {
                return text.substring(start, pos++);
            }
            if (c == '\\') {
                return escapedString(start - 1);
            }
            if (c < 0x20) {
                throw Unreadable.INSTANCE;
            }
            pos++;
        }
        throw Unreadable.INSTANCE;
    }

    /** The string whose opening quote is at {@code quote}: rare in replies, so read by the tree parser. */
    private String escapedString(int quote) {
        while (pos < end && text.charAt(pos) != '"') {
            // a backslash escapes the next character, a quote included
            pos += text.charAt(pos) == '\\' ? 2 : 1;
        }
        if (pos >= end) {
            throw Unreadable.INSTANCE;
        }
        pos++;
        try {
            return StrictJsonParser.parse(text.substring(quote, pos)).getAsString();
        } catch (IllegalArgumentException notJson) {
            throw Unreadable.INSTANCE;
        }
    }

    /**
     * Where the 36 characters of a string holding a uuid start, the string consumed. The characters are not
     * checked: the uuid reader takes only hex digits and dashes, so a quote, backslash or control character among
     * them makes the value unreadable there. Any other string length is unreadable.
     */
    int uuidString() {
        expect('"');
        int start = pos;
        if (start + 36 >= end || text.charAt(start + 36) != '"') {
            throw Unreadable.INSTANCE;
        }
        pos = start + 37;
        return start;
    }

    /**
     * An optional minus and 1 to 19 digits without a leading zero (or one zero), followed by neither a fraction nor
     * an exponent, within a long's range: the integers {@link NotationCodec} reads as exactly this long.
     */
    long plainInteger() {
        skipWhitespace();
        int start = pos;
        if (pos < end && text.charAt(pos) == '-') {
            pos++;
        }
        int digitsAt = pos;
        while (pos < end && isDigit(text.charAt(pos))) {
            pos++;
        }
        int digits = pos - digitsAt;
        if (digits < 1 || digits > 19 || digits > 1 && text.charAt(digitsAt) == '0' || !endsNumber()) {
            throw Unreadable.INSTANCE;
        }
        try {
            return Long.parseLong(text, start, pos, 10);
        } catch (NumberFormatException outOfRange) {
            throw Unreadable.INSTANCE;
        }
    }

    /** The text of a JSON number by RFC 8259's grammar. */
    String numberToken() {
        skipWhitespace();
        int start = pos;
        if (pos < end && text.charAt(pos) == '-') {
            pos++;
        }
        if (pos < end && text.charAt(pos) == '0') {
            pos++;
        } else if (!digits()) {
            throw Unreadable.INSTANCE;
        }
        if (pos < end && text.charAt(pos) == '.') {
            pos++;
            if (!digits()) {
                throw Unreadable.INSTANCE;
            }
        }
        if (pos < end && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            pos++;
            if (pos < end && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            if (!digits()) {
                throw Unreadable.INSTANCE;
            }
        }
        if (!endsNumber()) {
            throw Unreadable.INSTANCE;
        }
        return text.substring(start, pos);
    }

    /** {@code true} or {@code false}. */
    boolean bool() {
        skipWhitespace();
        boolean value;
        if (text.startsWith("true", pos) && pos + 4 <= end) {
            pos += 4;
            value = true;
        } else if (text.startsWith("false", pos) && pos + 5 <= end) {
            pos += 5;
            value = false;
        } else {
            throw Unreadable.INSTANCE;
        }
        if (pos < end && Character.isLetterOrDigit(text.charAt(pos))) {
            throw Unreadable.INSTANCE;
        }
        return value;
    }

    private boolean digits() {
        int start = pos;
        while (pos < end && isDigit(text.charAt(pos))) {
            pos++;
        }
        return pos > start;
    }

    /** Whether a number may end here: what follows is no digit, fraction, exponent or letter. */
    private boolean endsNumber() {
        if (pos >= end) {
            return true;
        }
        char after = text.charAt(pos);
        return !isDigit(after) && after != '.' && !Character.isLetter(after);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void skipWhitespace() {
        while (pos < end) {
            if (!isWhitespace(text.charAt(pos))) {
                return;
            }
            pos++;
        }
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }
}
