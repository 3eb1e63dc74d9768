package io.ovsguard.cli.parse;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The logging options, recorded in order as given, and what the logging module takes while they are parsed.
 *
 * @param verbosity    each {@code -v}/{@code --verbose} argument; an empty string stands for a bare {@code -v}
 * @param logFile      {@code --log-file}: empty if not given, else the file (the default one if given without FILE)
 * @param startupLines messages logged while the options were parsed, in order
 * @param calledAs     the whole command line, {@code argv[0]} first, quoted as ovs-vsctl's "Called as" line quotes it
 */
public record LoggingOptions(List<String> verbosity, Optional<String> logFile, boolean noSyslog,
                             Optional<String> syslogMethod, Optional<String> syslogTarget,
                             List<StartupLogLine> startupLines, Optional<String> calledAs) {

    public static final LoggingOptions DEFAULT = new LoggingOptions(List.of(), Optional.empty(), false,
            Optional.empty(), Optional.empty());

    public LoggingOptions {
        verbosity = List.copyOf(verbosity);
        Objects.requireNonNull(logFile, "logFile");
        Objects.requireNonNull(syslogMethod, "syslogMethod");
        Objects.requireNonNull(syslogTarget, "syslogTarget");
        startupLines = List.copyOf(startupLines);
        Objects.requireNonNull(calledAs, "calledAs");
    }

    /** Options without start-up messages and without a known command line. */
    public LoggingOptions(List<String> verbosity, Optional<String> logFile, boolean noSyslog,
            Optional<String> syslogMethod, Optional<String> syslogTarget) {
        this(verbosity, logFile, noSyslog, syslogMethod, syslogTarget, List.of(), Optional.empty());
    }

    /** These options as they stood after the first {@code specs} verbosity specs, for a message logged then. */
    public LoggingOptions asAfterSpecs(int specs) {
        return new LoggingOptions(verbosity.subList(0, Math.min(specs, verbosity.size())), logFile, noSyslog,
                syslogMethod, syslogTarget, List.of(), calledAs);
    }
}
