package io.ovsguard.ovsdb.codec;

import com.google.gson.JsonElement;

/** Short renderings of JSON for one-line error messages. */
final class JsonSnippet {

    private static final int MAX_CHARS = 80;

    private JsonSnippet() {
    }

    static String of(JsonElement json) {
        String text = String.valueOf(json);
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS) + "...";
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        // Gson prefixes syntax errors with advice about lenient parsing, which does not apply here
        int where = line.indexOf(" at line ");
        return line.startsWith("Use JsonReader.setStrictness") && where >= 0 ? "syntax error" + line.substring(where)
                : line;
    }
}
