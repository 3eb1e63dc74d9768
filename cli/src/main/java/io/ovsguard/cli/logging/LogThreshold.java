package io.ovsguard.cli.logging;

import java.util.Locale;
import org.slf4j.event.Level;

/** The least severe level that is printed; {@code off} prints nothing. */
record LogThreshold(int minimum) {

    /** The system property that sets it: trace, debug, info, warn, error or off. */
    static final String PROPERTY = "ovsguard.log.level";

    static final LogThreshold WARN = new LogThreshold(Level.WARN.toInt());

    private static final int OFF = Integer.MAX_VALUE;

    static LogThreshold fromSystemProperty() {
        return parse(System.getProperty(PROPERTY));
    }

    /** The named threshold; an unset, empty or unknown name gives {@link #WARN}. */
    static LogThreshold parse(String name) {
        if (name == null || name.isBlank()) {
            return WARN;
        }
        String lower = name.strip().toLowerCase(Locale.ROOT);
        if (lower.equals("off")) {
            return new LogThreshold(OFF);
        }
        for (Level level : Level.values()) {
            if (level.name().toLowerCase(Locale.ROOT).equals(lower)) {
                return new LogThreshold(level.toInt());
            }
        }
        return WARN;
    }

    boolean allows(Level level) {
        return level.toInt() >= minimum;
    }
}
