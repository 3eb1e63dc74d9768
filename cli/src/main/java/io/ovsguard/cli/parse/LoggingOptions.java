package io.ovsguard.cli.parse;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The logging options, recorded in order as given.
 *
 * @param verbosity  each {@code -v}/{@code --verbose} argument; an empty string stands for a bare {@code -v}
 * @param logFile    {@code --log-file}: empty if not given, else the file (the default one if given without FILE)
 */
public record LoggingOptions(List<String> verbosity, Optional<String> logFile, boolean noSyslog,
                             Optional<String> syslogMethod, Optional<String> syslogTarget) {

    public static final LoggingOptions DEFAULT = new LoggingOptions(List.of(), Optional.empty(), false,
            Optional.empty(), Optional.empty());

    public LoggingOptions {
        verbosity = List.copyOf(verbosity);
        Objects.requireNonNull(logFile, "logFile");
        Objects.requireNonNull(syslogMethod, "syslogMethod");
        Objects.requireNonNull(syslogTarget, "syslogTarget");
    }
}
