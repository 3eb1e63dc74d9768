package io.ovsguard.ovsdb.fuzz;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.internal.LazilyParsedNumber;
import java.util.Random;

/** Random JSON shaped like OVSDB notation, and byte-level mutations of JSON text. */
final class JsonMutator {

    private static final String[] TAGS = {"set", "map", "uuid", "named-uuid", "Set", ""};
    private static final String[] NUMBERS = {"0", "-0", "1", "1.0", "1e3", "1E+2", "2.5", "-7", "1e-400", "1e400",
        "1e999999999", "-1e999999999", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
        "-9223372036854775809", "123456789012345678901234567890", "0.1", "65535", "65536", "4095"};
    private static final String[] STRINGS = {"", "a", "br0", "\u0000", "\uD800", "\uDC00x", "\uD83D\uDE00", "\"",
        "\\", "36bd9ff4-6d4c-4c3b-a5c5-0a9b1f1e0d6e", "00000000-0000-0000-0000-000000000000", "row1", "1row",
        "standalone", "secure", "\uFFFF"};
    private static final String[] SNIPPETS = {"[", "]", "{", "}", ",", ":", "\"", "\\", "\\u", "\\ud800", "null",
        "true", "1e", "-", ".", "[\"set\",", "[\"map\",[[", "[\"uuid\",\"", " ", "\u0000", "0"};

    private final Random random;

    JsonMutator(Random random) {
        this.random = random;
    }

    JsonElement randomJson() {
        return randomJson(0);
    }

    private JsonElement randomJson(int depth) {
        int choice = random.nextInt(depth > 4 ? 5 : 9);
        switch (choice) {
            case 0:
                return new JsonPrimitive(new LazilyParsedNumber(pick(NUMBERS)));
            case 1:
                return new JsonPrimitive(pick(STRINGS));
            case 2:
                return new JsonPrimitive(random.nextBoolean());
            case 3:
                return new JsonPrimitive(random.nextLong());
            case 4:
                return random.nextInt(4) == 0 ? JsonNull.INSTANCE : new JsonPrimitive(random.nextDouble() * 1e6);
            case 5:
            case 6: {
                JsonArray tagged = new JsonArray();
                tagged.add(pick(TAGS));
                if (random.nextInt(5) != 0) {
                    tagged.add(random.nextBoolean() ? randomArray(depth + 1) : randomJson(depth + 1));
                }
                if (random.nextInt(8) == 0) {
                    tagged.add(randomJson(depth + 1));
                }
                return tagged;
            }
            case 7:
                return randomArray(depth + 1);
            default: {
                JsonObject object = new JsonObject();
                int n = random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    object.add(pick(STRINGS), randomJson(depth + 1));
                }
                return object;
            }
        }
    }

    private JsonArray randomArray(int depth) {
        JsonArray array = new JsonArray();
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) {
            if (random.nextInt(3) == 0) {
                JsonArray pair = new JsonArray();
                pair.add(randomJson(depth + 1));
                pair.add(randomJson(depth + 1));
                array.add(pair);
            } else {
                array.add(randomJson(depth + 1));
            }
        }
        return array;
    }

    /** One to three random edits: delete, insert, duplicate or replace a span. */
    String mutate(String text) {
        StringBuilder out = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = out.length() == 0 ? 0 : random.nextInt(out.length() + 1);
            switch (random.nextInt(4)) {
                case 0:
                    if (at < out.length()) {
                        out.delete(at, Math.min(out.length(), at + 1 + random.nextInt(3)));
                    }
                    break;
                case 1:
                    out.insert(at, pick(SNIPPETS));
                    break;
                case 2:
                    if (at < out.length()) {
                        int end = Math.min(out.length(), at + 1 + random.nextInt(12));
                        out.insert(at, out.substring(at, end));
                    }
                    break;
                default:
                    if (at < out.length()) {
                        out.setCharAt(at, (char) random.nextInt(0x80));
                    }
                    break;
            }
        }
        return out.toString();
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
