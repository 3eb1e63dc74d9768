package io.ovsguard.cli.exec;

import io.ovsguard.cli.exec.VlogLevels.Level;
import io.ovsguard.cli.parse.LoggingOptions;
import io.ovsguard.cli.parse.StartupLogLine;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.InstantSource;
import java.time.Instant;

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
    private int logged;

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

    /** A console with this one's clock that prints nothing, counting what it is asked to log ({@link #logged}). */
    public VlogConsole muted() {
        return muted(clock);
    }

    /** How many messages this console was asked to log, at any level. */
    public int logged() {
        return logged;
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

    /**
     * A log line's time as ovs-vsctl writes it: {@code 2026-11-25T18:22:16Z}. Written out by hand: a
     * {@code DateTimeFormatter} and the locale data behind it are about 80 classes that every call logging a line (a
     * timeout, a warning) would load and initialise.
     */
    public static String timestamp(Instant instant) {
        long seconds = instant.getEpochSecond();
        long days = Math.floorDiv(seconds, 86_400L);
        int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
        // civil date from days since 1970-01-01 (proleptic Gregorian, eras of 400 years)
        long shifted = days + 719_468L;
        long era = Math.floorDiv(shifted, 146_097L);
        long dayOfEra = shifted - era * 146_097L;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long monthIndex = (5 * dayOfYear + 2) / 153;
        long day = dayOfYear - (153 * monthIndex + 2) / 5 + 1;
        long month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        StringBuilder text = new StringBuilder(20);
        text.append(year).append('-');
        twoDigits(text, month).append('-');
        twoDigits(text, day).append('T');
        twoDigits(text, secondOfDay / 3600).append(':');
        twoDigits(text, secondOfDay / 60 % 60).append(':');
        return twoDigits(text, secondOfDay % 60).append('Z').toString();
    }

    private static StringBuilder twoDigits(StringBuilder text, long value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    private void log(String module, Level level, String text) {
        log(levels, module, level, text);
    }

    private void log(VlogLevels active, String module, Level level, String text) {
        logged++;
        if (!active.counts(module, level)) {
            return;
        }
        sequence++;
        if (active.toConsole(module, level)) {
            String number = Integer.toString(sequence);
            err.print(timestamp(clock.instant()) + "|" + "00000".substring(Math.min(5, number.length())) + number
                    + "|" + module + "|" + level.name() + "|" + text + System.lineSeparator());
            err.flush();
        }
    }
}
