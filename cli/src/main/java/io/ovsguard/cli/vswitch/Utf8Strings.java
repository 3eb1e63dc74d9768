package io.ovsguard.cli.vswitch;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Sorting the way ovs-vsctl does with {@code strcmp}: by UTF-8 bytes. */
final class Utf8Strings {

    static final Comparator<String> ORDER = (a, b) -> Arrays.compareUnsigned(
            a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

    private Utf8Strings() {
    }

    static List<String> sorted(List<String> names) {
        return names.stream().sorted(ORDER).toList();
    }

    /** One line per name, sorted, as ovs-vsctl prints lists of names. */
    static String lines(List<String> names) {
        StringBuilder text = new StringBuilder();
        sorted(names).forEach(n -> text.append(n).append('\n'));
        return text.toString();
    }
}
