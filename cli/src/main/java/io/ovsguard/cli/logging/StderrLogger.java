package io.ovsguard.cli.logging;

import java.io.PrintStream;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * Prints {@code [thread] LEVEL logger - message} and the stack trace of a throwable to one stream, as slf4j-simple's
 * defaults did, so a library warning reads the same as before.
 */
final class StderrLogger extends LegacyAbstractLogger {

    private static final long serialVersionUID = 1L;

    private final transient LogThreshold threshold;
    private final transient PrintStream out;

    StderrLogger(String name, LogThreshold threshold, PrintStream out) {
        this.name = name;
        this.threshold = threshold;
        this.out = out;
    }

    @Override
    public boolean isTraceEnabled() {
        return threshold.allows(Level.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
        return threshold.allows(Level.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
        return threshold.allows(Level.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
        return threshold.allows(Level.WARN);
    }

    @Override
    public boolean isErrorEnabled() {
        return threshold.allows(Level.ERROR);
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String messagePattern, Object[] arguments,
                                               Throwable throwable) {
        String line = "[" + Thread.currentThread().getName() + "] " + level + " " + name + " - "
                + MessageFormatter.basicArrayFormat(messagePattern, arguments);
        // one print call per record, so that records of two threads do not interleave within a line
        synchronized (out) {
            out.println(line);
            if (throwable != null) {
                throwable.printStackTrace(out);
            }
            out.flush();
        }
    }
}
