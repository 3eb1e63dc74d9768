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

    /**
     * Below the surrogates, UTF-16 code units compare as UTF-8 bytes do (both follow the code points), so names
     * without such characters sort by {@link String#compareTo}, without encoding each name at every comparison (ten
     * thousand port names).
     */
    private static final char FIRST_SURROGATE = '\uD800';

    static List<String> sorted(List<String> names) {
        String[] sorted = names.toArray(new String[0]);
        boolean plain = true;
        for (String name : sorted) {
            plain = plain && belowSurrogates(name);
        }
        if (plain) {
            // natural order without a comparator: ten thousand names sort in the JDK's own comparable sort
            Arrays.sort(sorted);
        } else {
            Arrays.sort(sorted, ORDER);
        }
        return List.of(sorted);
    }

    private static boolean belowSurrogates(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= FIRST_SURROGATE) {
                return false;
            }
        }
        return true;
    }

    /** One line per name, sorted, as ovs-vsctl prints lists of names. */
    static String lines(List<String> names) {
        StringBuilder text = new StringBuilder();
        for (String name : sorted(names)) {
            text.append(name).append('\n');
        }
        return text.toString();
    }
}
