package io.ovsguard.cli.logging;

import java.io.PrintStream;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;

/** One {@link StderrLogger} per name, all with the same threshold and stream. */
final class StderrLoggerFactory implements ILoggerFactory {

    private final LogThreshold threshold;
    private final PrintStream out;
    private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();

    StderrLoggerFactory(LogThreshold threshold, PrintStream out) {
        this.threshold = threshold;
        this.out = out;
    }

    @Override
    public Logger getLogger(String name) {
        Logger logger = loggers.get(name);
        if (logger == null) {
            // no computeIfAbsent: a lambda here would be one more class to load on every call
            Logger created = new StderrLogger(name, threshold, out);
            logger = loggers.putIfAbsent(name, created);
            if (logger == null) {
                logger = created;
            }
        }
        return logger;
    }
}
