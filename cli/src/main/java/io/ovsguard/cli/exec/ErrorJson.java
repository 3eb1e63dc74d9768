package io.ovsguard.cli.exec;

import io.ovsguard.ovsdb.result.OvsdbError;

/** An OVSDB error object as OVS prints it in messages: compact JSON with sorted members. */
final class ErrorJson {

    private ErrorJson() {
    }

    static String of(OvsdbError error) {
        StringBuilder json = new StringBuilder("{");
        error.details().ifPresent(d -> json.append("\"details\":").append(quote(d)).append(','));
        return json.append("\"error\":").append(quote(error.error())).append('}').toString();
    }

    /** A JSON string the way OVS's serializer writes it: only quotes, backslashes and control characters escaped. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
