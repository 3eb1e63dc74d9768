package io.ovsguard.cli.parse;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** {@code -d/--data}: how each cell's datum is printed. */
public enum CellFormat {
    STRING,
    BARE,
    JSON;

    /** The format with this exact (lower-case) name; ovs-vsctl compares case-sensitively. */
    public static Optional<CellFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.name().toLowerCase(Locale.ROOT).equals(name)).findFirst();
    }
}
