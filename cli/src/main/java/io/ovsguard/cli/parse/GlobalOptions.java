package io.ovsguard.cli.parse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Everything the options before the first command said, with ovs-vsctl's defaults filled in.
 *
 * @param database        the remote to use: {@code --db} or the default database
 * @param databaseGiven   whether {@code --db} was given
 * @param waitForReload   false with {@code --no-wait}
 * @param timeoutSeconds  {@code -t/--timeout}: a positive number of seconds, or empty for no limit
 */
public record GlobalOptions(String database, boolean databaseGiven, boolean waitForReload,
                            OptionalLong timeoutSeconds, boolean dryRun, boolean oneline, boolean retry,
                            boolean leaderOnly, boolean shuffleRemotes, TableStyle tableStyle,
                            LoggingOptions logging, SslOptions ssl, GuardOptions guard) {

    public GlobalOptions {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(timeoutSeconds, "timeoutSeconds");
        Objects.requireNonNull(tableStyle, "tableStyle");
        Objects.requireNonNull(logging, "logging");
        Objects.requireNonNull(ssl, "ssl");
        Objects.requireNonNull(guard, "guard");
    }

    /** The same options with {@code --no-wait}. */
    public GlobalOptions withoutWait() {
        return new GlobalOptions(database, databaseGiven, false, timeoutSeconds, dryRun, oneline, retry, leaderOnly,
                shuffleRemotes, tableStyle, logging, ssl, guard);
    }

    /** The defaults, talking to {@code defaultDatabase}. */
    public static GlobalOptions defaults(String defaultDatabase) {
        return new Builder().build(defaultDatabase);
    }

    /** Collects options while the command line is scanned; later options override earlier ones. */
    public static final class Builder {
        private Optional<String> database = Optional.empty();
        private boolean waitForReload = true;
        private OptionalLong timeoutSeconds = OptionalLong.empty();
        private boolean dryRun;
        private boolean oneline;
        private boolean retry;
        private boolean leaderOnly = true;
        private boolean shuffleRemotes = true;
        private TableStyle tableStyle = TableStyle.DEFAULT;
        private final List<String> verbosity = new ArrayList<>();
        private Optional<String> logFile = Optional.empty();
        private boolean noSyslog;
        private Optional<String> syslogMethod = Optional.empty();
        private Optional<String> syslogTarget = Optional.empty();
        private SslOptions ssl = SslOptions.NONE;
        private GuardOptions guard = GuardOptions.DEFAULT;
        private final List<StartupLogLine> startupLines = new ArrayList<>();
        private final PkiFileLoads pkiLoads = new PkiFileLoads(startupLines);
        private Optional<String> calledAs = Optional.empty();

        public Builder database(String remote) {
            database = Optional.of(remote);
            return this;
        }

        public Builder noWait() {
            waitForReload = false;
            return this;
        }

        public Builder timeoutSeconds(long seconds) {
            timeoutSeconds = OptionalLong.of(seconds);
            return this;
        }

        public Builder dryRun() {
            dryRun = true;
            return this;
        }

        public Builder oneline() {
            oneline = true;
            return this;
        }

        public Builder retry() {
            retry = true;
            return this;
        }

        public Builder leaderOnly(boolean value) {
            leaderOnly = value;
            return this;
        }

        public Builder shuffleRemotes(boolean value) {
            shuffleRemotes = value;
            return this;
        }

        public Builder tableStyle(TableStyle style) {
            tableStyle = style;
            return this;
        }

        public TableStyle tableStyle() {
            return tableStyle;
        }

        public Builder verbosity(String spec) {
            verbosity.add(spec);
            return this;
        }

        /** Opens the log file as ovs-vsctl does while parsing: the same file again changes nothing. */
        public Builder logFile(String file) {
            if (!logFile.equals(Optional.of(file))) {
                if (logFile.isPresent()) {
                    startupLines.add(new StartupLogLine("vlog", "INFO", "closing log file", verbosity.size()));
                }
                startupLines.add(new StartupLogLine("vlog", "INFO", "opened log file " + file, verbosity.size()));
            }
            logFile = Optional.of(file);
            return this;
        }

        public Builder noSyslog() {
            noSyslog = true;
            return this;
        }

        public Builder syslogMethod(String method) {
            // ovs-vsctl honours only the first --syslog-method.
            if (syslogMethod.isEmpty()) {
                syslogMethod = Optional.of(method);
            }
            return this;
        }

        public Builder syslogTarget(String target) {
            syslogTarget = Optional.of(target);
            return this;
        }

        public Builder ssl(SslOptions options) {
            ssl = options;
            return this;
        }

        public SslOptions ssl() {
            return ssl;
        }

        public Builder guard(GuardOptions options) {
            guard = options;
            return this;
        }

        public GuardOptions guard() {
            return guard;
        }

        public Builder sysfsRoot(Path root) {
            guard = new GuardOptions(guard.validate(), guard.force(), guard.rollback(), Optional.of(root),
                    guard.json());
            return this;
        }

        /** The PKI file loads so far, which log as ovs-vsctl's do while it parses the options. */
        PkiFileLoads pkiLoads() {
            return pkiLoads;
        }

        /** How many verbosity specs have been given so far. */
        int verbositySpecs() {
            return verbosity.size();
        }

        /** The whole command line for the "Called as" log line. */
        public Builder calledAs(String commandLine) {
            calledAs = Optional.of(commandLine);
            return this;
        }

        public GlobalOptions build(String defaultDatabase) {
            LoggingOptions logging = new LoggingOptions(verbosity, logFile, noSyslog, syslogMethod, syslogTarget,
                    startupLines, calledAs);
            return new GlobalOptions(database.orElse(defaultDatabase), database.isPresent(), waitForReload,
                    timeoutSeconds, dryRun, oneline, retry, leaderOnly, shuffleRemotes, tableStyle, logging, ssl,
                    guard);
        }
    }
}
