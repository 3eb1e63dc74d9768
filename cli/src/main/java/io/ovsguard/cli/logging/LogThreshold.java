package io.ovsguard.cli.logging;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.event.Level;

/** The least severe level that is printed; {@code off} prints nothing. */
record LogThreshold(int minimum) {

    /** The system property that sets it: trace, debug, info, warn, error or off. */
    static final String PROPERTY = "ovsguard.log.level";

    static final LogThreshold WARN = new LogThreshold(Level.WARN.toInt());

    private static final int OFF = Integer.MAX_VALUE;

    /** The threshold the system property names; an unknown name is reported on {@code err}, and warn is used. */
    static LogThreshold fromSystemProperty(PrintStream err) {
        String name = System.getProperty(PROPERTY);
        if (isUnknown(name)) {
            // the back end starts only when something logs: whoever asked for a level reads why it is warn
            err.println("ovsguard: unknown " + PROPERTY + " '" + name + "' (trace, debug, info, warn, error or off);"
                    + " warn is used");
        }
        return parse(name);
    }

    /** The named threshold; an unset, empty or unknown name gives {@link #WARN}. */
    static LogThreshold parse(String name) {
        return named(name).orElse(WARN);
    }

    /** Whether {@code name} is set but names no threshold. */
    static boolean isUnknown(String name) {
        return name != null && !name.isBlank() && named(name).isEmpty();
    }

    private static Optional<LogThreshold> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.strip().toLowerCase(Locale.ROOT);
        if (lower.equals("off")) {
            return Optional.of(new LogThreshold(OFF));
        }
        for (Level level : Level.values()) {
            if (level.name().toLowerCase(Locale.ROOT).equals(lower)) {
                return Optional.of(new LogThreshold(level.toInt()));
            }
        }
        return Optional.empty();
    }

    boolean allows(Level level) {
        return level.toInt() >= minimum;
    }
}
