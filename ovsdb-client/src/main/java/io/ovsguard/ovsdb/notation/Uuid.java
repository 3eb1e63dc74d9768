package io.ovsguard.ovsdb.notation;

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
        if (!isUuid(text)) {
            throw new IllegalArgumentException("not a uuid: " + DisplayText.quoted(text));
        }
        return new Uuid(UUID.fromString(text));
    }

    /** True if {@code text} is the 36-character textual form of a uuid. */
    public static boolean isUuid(String text) {
        // checked by hand, not with a regular expression: compiling one costs a short-lived CLI more than its use
        if (text == null || text.length() != TEXT_LENGTH) {
            return false;
        }
        for (int i = 0; i < TEXT_LENGTH; i++) {
            char c = text.charAt(i);
            boolean dashPlace = i == 8 || i == 13 || i == 18 || i == 23;
            if (dashPlace ? c != '-' : !isHexDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
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
