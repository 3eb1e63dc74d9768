package io.ovsguard.cli.vswitch;

import java.util.OptionalLong;

/** C's lenient number parsing where ovs-vsctl uses it on arguments. */
final class CNumber {

    private static final String C_SPACES = " \t\n\u000b\f\r";

    private CNumber() {
    }

    /**
     * C's {@code atoi} as glibc has it, {@code (int) strtol(text, NULL, 10)}: optional leading white space and
     * sign, then decimal digits up to the first other character; 0 when there are none. Beyond the range of
     * {@code long} it saturates, and the result keeps the low 32 bits (so 4294967306 reads as 10).
     */
    static int atoi(String text) {
        return (int) atoll(text);
    }

    /** C's {@code atoll}: like {@link #atoi}, saturating at the range of a 64-bit {@code long}. */
    static long atoll(String text) {
        int i = skipSpaces(text, 0);
        boolean negative = false;
        if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        long value = 0;
        boolean overflow = false;
        for (; i < text.length() && isDigit(text.charAt(i), 10); i++) {
            int digit = text.charAt(i) - '0';
            if (value > (Long.MAX_VALUE - digit) / 10) {
                overflow = true;
            } else {
                value = value * 10 + digit;
            }
        }
        if (overflow) {
            return negative ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return negative ? -value : value;
    }

    /**
     * OVS's {@code ovs_scan(text, PREFIX "%" SCNi64)}: {@code prefix} literally, optional white space and sign,
     * then a C integer in base 16 ({@code 0x}), 8 (leading {@code 0}) or 10; what follows is ignored, and the value
     * wraps around modulo 2<sup>64</sup> rather than overflowing. Empty when the text does not match.
     */
    static OptionalLong scanInteger(String prefix, String text) {
        if (!text.startsWith(prefix)) {
            return OptionalLong.empty();
        }
        int i = skipSpaces(text, prefix.length());
        boolean negative = false;
        if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        int base = 10;
        if (text.startsWith("0x", i) || text.startsWith("0X", i)) {
            base = 16;
            i += 2;
        } else if (text.startsWith("0", i)) {
            base = 8;
        }
        long value = 0;
        int digits = 0;
        for (; i < text.length() && isDigit(text.charAt(i), base); i++, digits++) {
            value = value * base + Character.digit(text.charAt(i), base);
        }
        if (digits == 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(negative ? -value : value);
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && C_SPACES.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c, int base) {
        return c < 128 && Character.digit(c, base) >= 0;
    }
}
