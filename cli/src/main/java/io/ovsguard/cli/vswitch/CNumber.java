package io.ovsguard.cli.vswitch;

/** C's lenient number parsing where ovs-vsctl uses it on arguments. */
final class CNumber {

    private CNumber() {
    }

    /**
     * C's {@code atoi}: optional leading white space and sign, then decimal digits up to the first other
     * character; 0 when there are none.
     */
    static long atoi(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        long value = 0;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            value = value * 10 + (text.charAt(i) - '0');
            if (value > Integer.MAX_VALUE) {
                // atoi's result is undefined beyond int; any out-of-range value is refused by its callers
                return negative ? Integer.MIN_VALUE : Integer.MAX_VALUE;
            }
            i++;
        }
        return negative ? -value : value;
    }
}
