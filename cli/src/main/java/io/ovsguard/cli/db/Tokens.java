package io.ovsguard.cli.db;

import io.ovsguard.cli.exec.CommandFailedException;

/**
 * ovs-vsctl's tokenizer for column names, keys and values: a token runs to the next delimiter
 * ({@code :=, []{}!<>}); a backslash makes the next character literal and is dropped, except inside double quotes,
 * which also hide delimiters and are kept.
 */
final class Tokens {

    /** A token and the position just after it. */
    record Token(String text, int end) {
    }

    private Tokens() {
    }

    static boolean isDelimiter(char c) {
        return ":=, []{}!<>".indexOf(c) >= 0;
    }

    /** Reads the token that starts at {@code start} of {@code s}. */
    static Token parse(String s, int start) {
        StringBuilder out = new StringBuilder();
        boolean inQuotes = false;
        int p = start;
        while (p < s.length()) {
            char c = s.charAt(p++);
            if (c == '\\') {
                if (inQuotes) {
                    out.append('\\');
                }
                if (p >= s.length()) {
                    throw new CommandFailedException(s.substring(start) + ": backslash at end of argument");
                }
                out.append(s.charAt(p++));
            } else if (!inQuotes && isDelimiter(c)) {
                p--;
                break;
            } else {
                out.append(c);
                if (c == '"') {
                    inQuotes = !inQuotes;
                }
            }
        }
        if (inQuotes) {
            throw new CommandFailedException(s.substring(start) + ": quoted string extends past end of argument");
        }
        return new Token(out.toString(), p);
    }
}
