package io.ovsguard.cli.exec;

import io.ovsguard.cli.parse.LoggingOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The log levels of ovs-vsctl's logging module per module and destination: its defaults (every destination at
 * {@code info}, the console at {@code warn}, {@code reconnect} at {@code warn}) changed by {@code --no-syslog} and
 * the {@code -v/--verbose} specs in order. A message counts (takes a sequence number) when some destination takes
 * it, and shows on stderr when the console does.
 */
public final class VlogLevels {

    /** Message levels, least to most verbose. */
    public enum Level { OFF, EMER, ERR, WARN, INFO, DBG }

    private enum Destination { CONSOLE, SYSLOG, FILE }

    /** What separates the words of a {@code -v} spec. */
    private static final String SEPARATORS = " ,:\t";
    private static final Set<String> DESTINATIONS = Set.of("console", "syslog", "file");

    /** One setting: empty module or destination means all of them. Later rules override earlier ones. */
    private record Rule(Optional<String> module, Optional<Destination> destination, Level level) {
        boolean covers(String m, Destination d) {
            return module.map(m::equals).orElse(true) && destination.map(d::equals).orElse(true);
        }
    }

    private final List<Rule> rules;
    private final LoggingOptions options;

    private VlogLevels(List<Rule> rules, LoggingOptions options) {
        this.rules = List.copyOf(rules);
        this.options = options;
    }

    /** ovs-vsctl's levels without any logging option. */
    public static VlogLevels defaults() {
        return of(LoggingOptions.DEFAULT);
    }

    public static VlogLevels of(LoggingOptions options) {
        List<Rule> rules = new ArrayList<>();
        rules.add(new Rule(Optional.empty(), Optional.empty(), Level.INFO));
        rules.add(new Rule(Optional.empty(), Optional.of(Destination.CONSOLE), Level.WARN));
        rules.add(new Rule(Optional.of("reconnect"), Optional.empty(), Level.WARN));
        if (options.noSyslog()) {
            // the relative order of --no-syslog and -v is not kept; --no-syslog is taken as given first
            rules.add(new Rule(Optional.of("vsctl"), Optional.of(Destination.SYSLOG), Level.WARN));
        }
        options.verbosity().forEach(spec -> rule(spec).ifPresent(rules::add));
        return new VlogLevels(rules, options);
    }

    /** The non-empty words of {@code spec} (split by hand: a regular expression costs every call its compile). */
    private static List<String> words(String spec) {
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= spec.length(); i++) {
            if (i == spec.length() || SEPARATORS.indexOf(spec.charAt(i)) >= 0) {
                if (i > start) {
                    words.add(spec.substring(start, i));
                }
                start = i + 1;
            }
        }
        return words;
    }

    /** A {@code -v} spec as a rule: a missing module or destination means all, a missing level {@code dbg}. */
    private static Optional<Rule> rule(String spec) {
        List<String> words = words(spec.toLowerCase(Locale.ROOT));
        if (!words.isEmpty() && (words.get(0).equals("pattern") || words.get(0).equals("facility"))) {
            return Optional.empty();
        }
        Optional<String> module = Optional.empty();
        Optional<Destination> destination = Optional.empty();
        Level level = Level.DBG;
        for (String word : words) {
            if (DESTINATIONS.contains(word)) {
                destination = Optional.of(Destination.valueOf(word.toUpperCase(Locale.ROOT)));
            } else if (isLevel(word)) {
                level = Level.valueOf(word.toUpperCase(Locale.ROOT));
            } else if (!word.equals("any")) {
                module = Optional.of(word);
            }
        }
        return Optional.of(new Rule(module, destination, level));
    }

    private static boolean isLevel(String word) {
        for (Level l : Level.values()) {
            if (l.name().equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    private Level level(String module, Destination destination) {
        Level level = Level.OFF;
        for (Rule rule : rules) {
            if (rule.covers(module, destination)) {
                level = rule.level();
            }
        }
        return level;
    }

    private boolean takes(String module, Destination destination, Level message) {
        return message != Level.OFF && level(module, destination).compareTo(message) >= 0;
    }

    /** Whether the console shows a message of this module and level. */
    public boolean toConsole(String module, Level message) {
        return takes(module, Destination.CONSOLE, message);
    }

    /** Whether any destination takes the message, so that it uses up a sequence number. */
    public boolean counts(String module, Level message) {
        return toConsole(module, message) || takes(module, Destination.SYSLOG, message)
                || hasLogFile() && takes(module, Destination.FILE, message);
    }

    /** Whether a log file was given (ovs-vsctl logs that it opened it). */
    public boolean hasLogFile() {
        return options.logFile().isPresent();
    }

    /** The options these levels come from, with what was logged while they were parsed. */
    public LoggingOptions options() {
        return options;
    }
}
