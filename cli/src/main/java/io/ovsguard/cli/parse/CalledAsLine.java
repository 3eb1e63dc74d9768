package io.ovsguard.cli.parse;

import java.util.List;

/**
 * The command line as ovs-vsctl's "Called as" log line shows it: words separated by spaces, a word holding a blank,
 * a backslash or a quote put in double quotes with backslashes before its backslashes and double quotes.
 */
final class CalledAsLine {

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

    private static void append(StringBuilder line, String word) {
        if (word.chars().noneMatch(c -> NEEDS_QUOTES.indexOf(c) >= 0)) {
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
