package io.ovsguard.ovsdb.codec;

import io.ovsguard.ovsdb.notation.Uuid;
import java.util.UUID;

/**
 * Reads the 36-character text of a uuid by hand: every row a server reports carries one, and the
 * general {@link Uuid#parse} (a regular expression, then {@link UUID#fromString}) costs several
 * times more on a cold JVM. Anything that is not exactly {@code 8-4-4-4-12} hex digits goes to
 * {@link Uuid#parse}, so errors read the same.
 */
final class UuidText {

    private UuidText() {
    }

    /** @throws IllegalArgumentException if {@code text} is not a uuid */
    static Uuid parse(String text) {
        if (text.length() != 36) {
            return Uuid.parse(text);
        }
        return parse(text, 0);
    }

    /**
     * Reads the 36 characters at {@code from} of {@code text} (a reply, say) without copying them out.
     *
     * @throws IllegalArgumentException if they are not a uuid
     */
    static Uuid parse(String text, int from) {
        if (from < 0 || from + 36 > text.length()) {
            throw new IllegalArgumentException("no uuid at offset " + from);
        }
        if (text.charAt(from + 8) != '-' || text.charAt(from + 13) != '-' || text.charAt(from + 18) != '-'
                || text.charAt(from + 23) != '-') {
            return Uuid.parse(text.substring(from, from + 36));
        }
        long high = 0;
        long low = 0;
        int digits = 0;
        for (int i = 0; i < 36; i++) {
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                continue;
            }
            int digit = hex(text.charAt(from + i));
            if (digit < 0) {
                return Uuid.parse(text.substring(from, from + 36));
            }
            if (digits++ < 16) {
                high = high << 4 | digit;
            } else {
                low = low << 4 | digit;
            }
        }
        return new Uuid(new UUID(high, low));
    }

    /** The value of an ASCII hex digit, or -1 (Character.digit would also take other scripts' digits). */
    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
