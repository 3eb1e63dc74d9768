package io.ovsguard.ovsdb.codec;

import io.ovsguard.ovsdb.notation.Uuid;
import java.util.Arrays;
import java.util.UUID;

/**
 * Reads the 36-character text of a uuid by hand: every row a server reports carries one, and the
 * general {@link Uuid#parse} (a regular expression, then {@link UUID#fromString}) costs several
 * times more on a cold JVM. Anything that is not exactly {@code 8-4-4-4-12} hex digits goes to
 * {@link Uuid#parse}, so errors read the same.
 */
final class UuidText {

    /**
     * The value of each ASCII hex digit, -1 for every other ASCII character (Character.digit would
     * also take other scripts' digits); one load per character instead of three range tests.
     */
    private static final byte[] HEX_VALUES = hexValues();

    private UuidText() {
    }

    private static byte[] hexValues() {
        byte[] values = new byte[128];
        Arrays.fill(values, (byte) -1);
        for (int c = '0'; c <= '9'; c++) {
            values[c] = (byte) (c - '0');
        }
        for (int c = 'a'; c <= 'f'; c++) {
            values[c] = (byte) (c - 'a' + 10);
            values[c - 'a' + 'A'] = (byte) (c - 'a' + 10);
        }
        return values;
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
        // 8-4-4-4-12 digits; each group is at most 48 bits, so -1 can only mean "not hex"
        long time = hexDigits(text, from, 8);
        long mid = hexDigits(text, from + 9, 4);
        long high = hexDigits(text, from + 14, 4);
        long clock = hexDigits(text, from + 19, 4);
        long node = hexDigits(text, from + 24, 12);
        if ((time | mid | high | clock | node) < 0) {
            return Uuid.parse(text.substring(from, from + 36));
        }
        return new Uuid(new UUID(time << 32 | mid << 16 | high, clock << 48 | node));
    }

    /** The value of {@code count} (at most 15) hex digits at {@code from}, or -1 if one is not a hex digit. */
    private static long hexDigits(String text, int from, int count) {
        long value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            int digit = c < HEX_VALUES.length ? HEX_VALUES[c] : -1;
            if (digit < 0) {
                return -1;
            }
            value = value << 4 | digit;
        }
        return value;
    }
}
