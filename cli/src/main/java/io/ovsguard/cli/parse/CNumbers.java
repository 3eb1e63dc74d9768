package io.ovsguard.cli.parse;

import java.util.OptionalLong;

/**
 * Number parsing with the C library's rules, so that what ovs-vsctl accepts (leading blanks, a sign) and rejects
 * (trailing text, overflow) is accepted and rejected alike.
 */
final class CNumbers {

    private static final long UINT_MAX = 0xffffffffL;

    private CNumbers() {
    }

    /** An unsigned 32-bit decimal as OVS's {@code str_to_uint}: all of {@code text} must be the number. */
    static OptionalLong parseUnsigned(String text) {
        int i = skipBlanks(text, 0);
        int start = i;
        if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int digits = i;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        if (i == digits || i != text.length()) {
            return OptionalLong.empty();
        }
        long value;
        try {
            value = Long.parseLong(text.substring(start, i));
        } catch (NumberFormatException overflow) {
            return OptionalLong.empty();
        }
        return value < 0 || value > UINT_MAX ? OptionalLong.empty() : OptionalLong.of(value);
    }

    /** {@code atoi}: the leading number of {@code text}, 0 when there is none; saturates instead of overflowing. */
    static int atoi(String text) {
        int i = skipBlanks(text, 0);
        boolean negative = false;
        if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        long value = 0;
        while (i < text.length() && isDigit(text.charAt(i))) {
            value = Math.min(value * 10 + (text.charAt(i) - '0'), (long) Integer.MAX_VALUE + 1);
            i++;
        }
        long signed = negative ? -value : value;
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, signed));
    }

    private static int skipBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && " \t\n\u000b\f\r".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
