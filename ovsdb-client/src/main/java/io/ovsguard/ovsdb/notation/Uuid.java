package io.ovsguard.ovsdb.notation;

import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/**
 * A real row UUID. Ordered as OVS orders uuids: the four 32-bit words compared as unsigned
 * integers, which is the unsigned order of the 128-bit value (unlike {@link UUID#compareTo}, which
 * compares signed halves).
 */
public record Uuid(UUID value) implements Comparable<Uuid> {

    private static final int TEXT_LENGTH = 36;
    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();
    private static final byte[] HEX_VALUES = hexValues();

    /** The all-zero uuid, the default of a uuid column and OVS's "no transaction id". */
    public static final Uuid ZERO = new Uuid(new UUID(0, 0));

    public Uuid {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the 36-character textual form. Never falls back to anything else: a name such as
     * {@code row1} is rejected, not treated as a named-uuid.
     *
     * @throws IllegalArgumentException if {@code text} is not a uuid
     */
    public static Uuid parse(String text) {
        Objects.requireNonNull(text, "text");
        Uuid uuid = text.length() == TEXT_LENGTH ? read(text, 0) : null;
        if (uuid == null) {
            throw notAUuid(text);
        }
        return uuid;
    }

    /**
     * Parses the 36 characters at {@code from} of {@code text} (a server's reply, say) without copying them out.
     *
     * @throws IllegalArgumentException if they are not a uuid
     */
    public static Uuid parse(String text, int from) {
        if (from < 0 || from + TEXT_LENGTH > text.length()) {
            throw new IllegalArgumentException("no uuid at offset " + from);
        }
        Uuid uuid = read(text, from);
        if (uuid == null) {
            throw notAUuid(text.substring(from, from + TEXT_LENGTH));
        }
        return uuid;
    }

    /** True if {@code text} is the 36-character textual form of a uuid. */
    public static boolean isUuid(String text) {
        return text != null && text.length() == TEXT_LENGTH && read(text, 0) != null;
    }

    /**
     * The uuid written {@code 8-4-4-4-12} in hex digits at {@code from}, or null. Read by hand, neither with a
     * regular expression nor with {@link UUID#fromString}: every row a server reports carries one, and either costs a
     * cold JVM several times more.
     */
    private static Uuid read(String text, int from) {
        if (text.charAt(from + 8) != '-' || text.charAt(from + 13) != '-' || text.charAt(from + 18) != '-'
                || text.charAt(from + 23) != '-') {
            return null;
        }
        // each group is at most 48 bits, so -1 can only mean "not hex"
        long time = hexDigits(text, from, 8);
        long mid = hexDigits(text, from + 9, 4);
        long high = hexDigits(text, from + 14, 4);
        long clock = hexDigits(text, from + 19, 4);
        long node = hexDigits(text, from + 24, 12);
        if ((time | mid | high | clock | node) < 0) {
            return null;
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

    /**
     * The value of each ASCII hex digit, -1 for every other ASCII character (Character.digit would also take other
     * scripts' digits).
     */
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

    private static IllegalArgumentException notAUuid(String text) {
        return new IllegalArgumentException("not a uuid: " + DisplayText.quoted(text));
    }

    public static Uuid random() {
        return new Uuid(UUID.randomUUID());
    }

    @Override
    public int compareTo(Uuid other) {
        int high = Long.compareUnsigned(value.getMostSignificantBits(), other.value.getMostSignificantBits());
        if (high != 0) {
            return high;
        }
        return Long.compareUnsigned(value.getLeastSignificantBits(), other.value.getLeastSignificantBits());
    }

    // Written out rather than generated: a record's generated equals and hashCode are bound at first call by an
    // invokedynamic bootstrap that start-up caches do not keep, and that costs a short-lived CLI tens of ms.
    @Override
    public boolean equals(Object other) {
        return other instanceof Uuid uuid && value.equals(uuid.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Lowercase canonical text, as OVS prints it. */
    @Override
    public String toString() {
        // formatted here, not by UUID.toString: the JDK's sets up six byte-array VarHandles on first use, about
        // 0.3 ms of a short process's interpreted start-up, and every call writes a uuid
        char[] text = new char[TEXT_LENGTH];
        hex(value.getMostSignificantBits() >>> 32, 8, text, 0);
        text[8] = '-';
        hex(value.getMostSignificantBits() >>> 16, 4, text, 9);
        text[13] = '-';
        hex(value.getMostSignificantBits(), 4, text, 14);
        text[18] = '-';
        hex(value.getLeastSignificantBits() >>> 48, 4, text, 19);
        text[23] = '-';
        hex(value.getLeastSignificantBits(), 12, text, 24);
        return new String(text);
    }

    /** The low {@code digits} hex digits of {@code bits}, lowercase, into {@code text} from {@code at}. */
    private static void hex(long bits, int digits, char[] text, int at) {
        for (int i = digits - 1; i >= 0; i--) {
            text[at + i] = HEX_DIGITS[(int) (bits & 0xf)];
            bits >>>= 4;
        }
    }
}
