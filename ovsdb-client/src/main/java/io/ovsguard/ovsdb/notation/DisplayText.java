package io.ovsguard.ovsdb.notation;

/**
 * Renders values for one-line error messages: quoted, with control characters, quotes and
 * backslashes escaped as in JSON, and long text cut short, so that no input can break a message
 * across lines.
 */
public final class DisplayText {

    private static final int MAX_CHARS = 80;

    private DisplayText() {
    }

    /** {@code text} in double quotes, escaped and at most about 80 characters long. */
    public static String quoted(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CHARS) + 8).append('"');
        int end = Math.min(text.length(), MAX_CHARS);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) && !isPaired(text, i)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (end < text.length()) {
            out.append("...");
        }
        return out.append('"').toString();
    }

    private static boolean isPaired(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
