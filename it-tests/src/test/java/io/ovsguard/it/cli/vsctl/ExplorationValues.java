package io.ovsguard.it.cli.vsctl;

import io.ovsguard.it.cli.vsctl.ExplorationSchema.Column;
import java.util.List;
import java.util.Random;

/**
 * Random values in ovs-vsctl's value syntax for a column: mostly ones that fit its type, sometimes ones that nearly
 * do (out of range, wrong type, broken quoting, set syntax for a scalar), and the awkward strings (empty, quoted with
 * escapes, unicode, spaces, {@code =}, {@code :} and braces inside).
 */
final class ExplorationValues {

    private static final List<String> INTEGERS = List.of("0", "1", "7", "42", "-1", "4095", "4096", "65535",
            "2147483648", "-9223372036854775808", "9223372036854775807", "99999999999999999999", "1.5", "0x10",
            "010", "+3", " 5", "abc", "");
    private static final List<String> STRINGS = List.of("x", "hello", "a b", "\"quoted\"", "\"a\\\"b\"",
            "\"tab\\there\"", "\"nl\\nx\"", "\"\\u00e9t\\u00e9\"", "\u00fcnic\u00f8de", "\"\u65e5\u672c\"", "",
            "\"\"", "k=v", "a:b", "{x}", "[y]", "\"unterminated", "\\", "\"back\\\\slash\"", "-", "'single'",
            "tcp:127.0.0.1:6653", "\"with,comma\"", "a,b");
    private static final List<String> BOOLEANS = List.of("true", "false", "TRUE", "yes", "1", "0", "\"true\"", "");
    /** Keys; a non-ASCII one quoted, as ovs-vsctl's syntax error at a bare one quotes half a character. */
    private static final List<String> KEYS = List.of("a", "b", "k", "key", "\"q k\"", "\"\u00e9\"", "x-y", "\"\"",
            "dpdk-init", "n_rxq", "a:b", "1");

    private ExplorationValues() {
    }

    static String pick(Random random, List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** A whole value for the column (the right-hand side of {@code set T R COL=VALUE}). */
    static String value(Random random, Column column, boolean careful) {
        if (!careful && random.nextInt(12) == 0) {
            return wild(random);
        }
        return switch (column.kind()) {
            case STRING -> column.words().isEmpty() || random.nextBoolean() ? string(random)
                    : pick(random, column.words());
            case INTEGER -> integer(random);
            case BOOLEAN -> pick(random, BOOLEANS);
            case STRING_MAP -> map(random, false);
            case INTEGER_MAP -> map(random, true);
            case INTEGER_SET -> set(random, true, column);
            case STRING_SET -> set(random, false, column);
            case REFERENCE, REFERENCE_SET -> reference(random);
        };
    }

    /** One element for {@code add}/{@code remove}: a key=value pair for maps, a single element otherwise. */
    static String element(Random random, Column column) {
        return switch (column.kind()) {
            case STRING_MAP -> key(random) + "=" + string(random);
            case INTEGER_MAP -> integer(random) + "=" + (random.nextBoolean() ? reference(random) : integer(random));
            case INTEGER_SET, INTEGER -> integer(random);
            case STRING_SET, STRING -> column.words().isEmpty() || random.nextBoolean() ? string(random)
                    : pick(random, column.words());
            case BOOLEAN -> pick(random, BOOLEANS);
            case REFERENCE, REFERENCE_SET -> reference(random);
        };
    }

    static String integer(Random random) {
        return random.nextInt(3) == 0 ? pick(random, INTEGERS) : Integer.toString(random.nextInt(200));
    }

    static String string(Random random) {
        return pick(random, STRINGS);
    }

    static String key(Random random) {
        return pick(random, KEYS);
    }

    static String reference(Random random) {
        return pick(random, List.of("@a", "@b", "@nope", "00000000-0000-4000-8000-000000000001",
                "11111111-2222-3333-4444-555555555555", "not-a-uuid", "[]", "[@a]", "@"));
    }

    private static String map(Random random, boolean integerKeys) {
        int size = random.nextInt(4);
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                text.append(random.nextInt(4) == 0 ? " " : ", ");
            }
            text.append(integerKeys ? integer(random) : key(random)).append('=')
                    .append(integerKeys && random.nextBoolean() ? reference(random) : string(random));
        }
        if (random.nextInt(15) != 0) {
            text.append('}');
        }
        return text.toString();
    }

    private static String set(Random random, boolean integers, Column column) {
        int size = random.nextInt(4);
        StringBuilder text = new StringBuilder();
        boolean brackets = random.nextInt(3) != 0;
        if (brackets) {
            text.append('[');
        }
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                text.append(random.nextInt(5) == 0 ? " " : ",");
            }
            text.append(integers ? integer(random) : element(random, column));
        }
        if (brackets && random.nextInt(15) != 0) {
            text.append(']');
        }
        return text.toString();
    }

    /** Something that fits no column in particular. */
    private static String wild(Random random) {
        return pick(random, List.of("", "[]", "{}", "[1,2", "{a=b", "a=b=c", "\"", "{\"a\"=\"b\"}", "[[1]]",
                "{a=}", "=", "@a", "[\"x\",\"y\"]", "1 2", "\u2603"));
    }
}
