package io.ovsguard.cli.parse;

import java.util.List;

/**
 * The command line as ovs-vsctl's "Called as" log line (and its messages quoting a command back) show it: words
 * separated by spaces, a word holding a blank, a backslash or a quote put in double quotes with backslashes before
 * its backslashes and double quotes; every other word as it is, the empty word and shell characters included.
 */
public final class CalledAsLine {

    private static final String NEEDS_QUOTES = " \t\r\n\u000b\\'\"";

    private CalledAsLine() {
    }

    static String of(String argv0, List<String> args) {
        StringBuilder line = new StringBuilder();
        append(line, argv0);
        for (String arg : args) {
            line.append(' ');
            append(line, arg);
        }
        return line.toString();
    }

    /** The words joined by spaces, each quoted as in {@link #of}. */
    public static String join(List<String> words) {
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            if (!line.isEmpty()) {
                line.append(' ');
            }
            append(line, word);
        }
        return line.toString();
    }

    private static void append(StringBuilder line, String word) {
        // a loop, not a stream: every call quotes its command line, and a first stream costs a cold JVM ~0.4 ms
        boolean plain = true;
        for (int i = 0; i < word.length() && plain; i++) {
            plain = NEEDS_QUOTES.indexOf(word.charAt(i)) < 0;
        }
        if (plain) {
            line.append(word);
            return;
        }
        line.append('"');
        for (char c : word.toCharArray()) {
            if (c == '\\' || c == '"') {
                line.append('\\');
            }
            line.append(c);
        }
        line.append('"');
    }
}
