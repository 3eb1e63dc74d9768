package io.ovsguard.cli.exec;

import io.ovsguard.cli.exec.VlogLevels.Level;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * The messages ovs-vsctl's logging module prints on the console (stderr): {@code TIME|SEQ|MODULE|LEVEL|TEXT}. The
 * sequence number counts every message some destination takes (see {@link VlogLevels}), including those logged
 * before the commands run: "opened log file" with {@code --log-file}, and the "Called as" line, which a writing
 * command line logs at info (so it reaches syslog, and the first console line of such a run is number 2) and a
 * read-only one at dbg.
 */
public final class VlogConsole {

    private final PrintStream err;
    private final Clock clock;
    private final VlogLevels levels;
    private int sequence;

    /** A console with ovs-vsctl's default levels. */
    public VlogConsole(PrintStream err, Clock clock, boolean mightWrite) {
        this(err, clock, VlogLevels.defaults(), mightWrite);
    }

    public VlogConsole(PrintStream err, Clock clock, VlogLevels levels, boolean mightWrite) {
        this.err = err;
        this.clock = clock;
        this.levels = levels;
        if (levels.hasLogFile() && levels.counts("vlog", Level.INFO)) {
            sequence++;
        }
        // the "Called as" line itself (ovs-vsctl's full argv) is not reproduced on the console, only counted
        if (levels.counts("vsctl", mightWrite ? Level.INFO : Level.DBG)) {
            sequence++;
        }
    }

    /** A console that prints nothing, for checks whose warnings would be printed twice. */
    public static VlogConsole muted(Clock clock) {
        return new VlogConsole(new PrintStream(OutputStream.nullOutputStream()), clock, false);
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
        if (!levels.counts(module, level)) {
            return;
        }
        sequence++;
        if (levels.toConsole(module, level)) {
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
