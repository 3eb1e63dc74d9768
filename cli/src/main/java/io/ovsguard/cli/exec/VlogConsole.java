package io.ovsguard.cli.exec;

import java.io.PrintStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The warnings ovs-vsctl's logging module prints on the console (stderr): {@code TIME|SEQ|MODULE|WARN|TEXT}. The
 * sequence number counts every message logged at an enabled level, including the "Called as" line a writing
 * command line logs first, so the first console line of such a run is number 2.
 */
public final class VlogConsole {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private final PrintStream err;
    private final Clock clock;
    private int sequence;

    public VlogConsole(PrintStream err, Clock clock, boolean mightWrite) {
        this.err = err;
        this.clock = clock;
        this.sequence = mightWrite ? 1 : 0;
    }

    public void warn(String module, String text) {
        log(module, "WARN", text);
    }

    public void error(String module, String text) {
        log(module, "ERR", text);
    }

    private void log(String module, String level, String text) {
        sequence++;
        err.printf("%s|%05d|%s|%s|%s%n", TIME.format(clock.instant()), sequence, module, level, text);
        err.flush();
    }
}
