package io.ovsguard.cli.exec;

import io.ovsguard.cli.exec.VlogLevels.Level;
import io.ovsguard.cli.parse.LoggingOptions;
import io.ovsguard.cli.parse.StartupLogLine;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * The messages ovs-vsctl's logging module prints on the console (stderr): {@code TIME|SEQ|MODULE|LEVEL|TEXT}. The
 * sequence number counts every message some destination takes (see {@link VlogLevels}), including those logged
 * before the commands run: what the option parsing logged ("opened log file" for {@code --log-file}, PKI file
 * loads), and the "Called as" line, which a writing command line logs at info (so it reaches syslog,
 * and the first console line of such a run is number 2) and a read-only one at dbg.
 */
public final class VlogConsole {

    private final PrintStream err;
    private final InstantSource clock;
    private final VlogLevels levels;
    private int sequence;

    /** A console with ovs-vsctl's default levels. */
    public VlogConsole(PrintStream err, InstantSource clock, boolean mightWrite) {
        this(err, clock, VlogLevels.defaults(), mightWrite);
    }

    public VlogConsole(PrintStream err, InstantSource clock, VlogLevels levels, boolean mightWrite) {
        this.err = err;
        this.clock = clock;
        this.levels = levels;
        LoggingOptions options = levels.options();
        // messages of the option parsing show according to the -v specs given before them
        for (StartupLogLine line : options.startupLines()) {
            log(VlogLevels.of(options.asAfterSpecs(line.specsBefore())), line.module(), Level.valueOf(line.level()),
                    line.text());
        }
        Level calledAsLevel = mightWrite ? Level.INFO : Level.DBG;
        if (options.calledAs().isPresent()) {
            log("vsctl", calledAsLevel, "Called as " + options.calledAs().get());
        } else if (levels.counts("vsctl", calledAsLevel)) {
            sequence++;
        }
    }

    /** A console that prints nothing, for checks whose warnings would be printed twice. */
    public static VlogConsole muted(InstantSource clock) {
        return new VlogConsole(new PrintStream(OutputStream.nullOutputStream()), clock, false);
    }

    public void info(String module, String text) {
        log(module, Level.INFO, text);
    }

    public void warn(String module, String text) {
        log(module, Level.WARN, text);
    }

    public void error(String module, String text) {
        log(module, Level.ERR, text);
    }

    /** A log line's time as ovs-vsctl writes it: {@code 2026-11-25T18:22:16Z}. */
    public static String timestamp(Instant instant) {
        return Time.FORMAT.format(instant);
    }

    private void log(String module, Level level, String text) {
        log(levels, module, level, text);
    }

    private void log(VlogLevels active, String module, Level level, String text) {
        if (!active.counts(module, level)) {
            return;
        }
        sequence++;
        if (active.toConsole(module, level)) {
            err.printf("%s|%05d|%s|%s|%s%n", timestamp(clock.instant()), sequence, module, level.name(), text);
            err.flush();
        }
    }

    /** Built on first use: parsing the pattern costs about a millisecond of start-up, and most calls log nothing. */
    private static final class Time {
        static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
                .withZone(ZoneOffset.UTC);
    }
}
