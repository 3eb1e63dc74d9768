package io.ovsguard.cli.db;

import io.ovsguard.cli.exec.CommandFailedException;

/** Decodes the body of a double-quoted string argument with JSON's escapes, as ovs-vsctl does. */
final class JsonUnescape {

    private JsonUnescape() {
    }

    /** @param argument the whole quoted argument, for messages; {@code body} is what is inside the quotes */
    static String unescape(String argument, String body) {
        StringBuilder out = new StringBuilder(body.length());
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '"') {
                throw fail(argument, "quoted string may not include unescaped \"");
            }
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            i++;
            if (i >= body.length()) {
                throw fail(argument, "quoted string may not end with backslash");
            }
            char e = body.charAt(i++);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> i = unicode(argument, body, i, out);
                default -> throw fail(argument, "bad escape \\" + e);
            }
        }
        return out.toString();
    }

    private static int unicode(String argument, String body, int i, StringBuilder out) {
        if (i + 4 > body.length() || !body.substring(i, i + 4).matches("[0-9a-fA-F]{4}")) {
            throw fail(argument, "malformed \\u escape");
        }
        char c = (char) Integer.parseInt(body.substring(i, i + 4), 16);
        i += 4;
        if (c == 0) {
            throw fail(argument, "null bytes not supported in quoted strings");
        }
        if (Character.isHighSurrogate(c)) {
            if (i + 6 <= body.length() && body.charAt(i) == '\\' && body.charAt(i + 1) == 'u'
                    && body.substring(i + 2, i + 6).matches("[0-9a-fA-F]{4}")) {
                char low = (char) Integer.parseInt(body.substring(i + 2, i + 6), 16);
                if (Character.isLowSurrogate(low)) {
                    out.append(c).append(low);
                    return i + 6;
                }
            }
            throw fail(argument, "unmatched high surrogate in \\u escape");
        }
        if (Character.isLowSurrogate(c)) {
            throw fail(argument, "unmatched low surrogate in \\u escape");
        }
        out.append(c);
        return i;
    }

    private static CommandFailedException fail(String argument, String message) {
        return new CommandFailedException(argument + ": " + message);
    }
}
