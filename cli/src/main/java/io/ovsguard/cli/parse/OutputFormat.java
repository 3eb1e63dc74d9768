package io.ovsguard.cli.parse;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** {@code -f/--format}: how command output tables are printed. */
public enum OutputFormat {
    TABLE,
    LIST,
    HTML,
    CSV,
    JSON;

    /** The format with this exact (lower-case) name; ovs-vsctl compares case-sensitively. */
    public static Optional<OutputFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.name().toLowerCase(Locale.ROOT).equals(name)).findFirst();
    }
}
