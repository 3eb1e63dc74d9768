package io.ovsguard.cli.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

class StderrLoggerTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aWarningPrintsOneLineAsSlf4jSimpleDid() {
        Logger log = new StderrLoggerFactory(LogThreshold.WARN, out).getLogger("io.ovsguard.x.Y");

        log.warn("cannot load {} ({})", "lib.so", "no such file");

        assertThat(printed()).isEqualTo("[" + Thread.currentThread().getName()
                + "] WARN io.ovsguard.x.Y - cannot load lib.so (no such file)" + System.lineSeparator());
    }

    @Test
    void levelsBelowTheThresholdPrintNothing() {
        Logger log = new StderrLoggerFactory(LogThreshold.WARN, out).getLogger("a");

        log.info("connected");
        log.debug("frame {}", 1);
        log.trace("x");

        assertThat(printed()).isEmpty();
        assertThat(log.isInfoEnabled()).isFalse();
        assertThat(log.isWarnEnabled()).isTrue();
        assertThat(log.isErrorEnabled()).isTrue();
    }

    @Test
    void aThrowableFollowsItsLineWithItsStackTrace() {
        Logger log = new StderrLoggerFactory(LogThreshold.parse("debug"), out).getLogger("b");

        log.error("failed", new IOException("broken pipe"));

        assertThat(printed()).startsWith("[" + Thread.currentThread().getName() + "] ERROR b - failed"
                + System.lineSeparator() + "java.io.IOException: broken pipe" + System.lineSeparator() + "\tat ");
    }

    @Test
    void theThresholdIsNamedCaseInsensitivelyAndDefaultsToWarn() {
        assertThat(LogThreshold.parse(null)).isEqualTo(LogThreshold.WARN);
        assertThat(LogThreshold.parse(" ")).isEqualTo(LogThreshold.WARN);
        assertThat(LogThreshold.parse("loud")).isEqualTo(LogThreshold.WARN);
        assertThat(LogThreshold.parse("INFO").allows(Level.INFO)).isTrue();
        assertThat(LogThreshold.parse("info").allows(Level.DEBUG)).isFalse();
        assertThat(LogThreshold.parse("Trace").allows(Level.TRACE)).isTrue();
        assertThat(LogThreshold.parse("error").allows(Level.WARN)).isFalse();
        assertThat(LogThreshold.parse("off").allows(Level.ERROR)).isFalse();
    }

    @Test
    void anUnknownThresholdNameIsReportedOnceAndWarnIsUsed() {
        assertThat(LogThreshold.isUnknown("loud")).isTrue();
        assertThat(LogThreshold.isUnknown(" DEBUG ")).isFalse();
        assertThat(LogThreshold.isUnknown("warn")).isFalse();
        assertThat(LogThreshold.isUnknown(null)).isFalse();
        assertThat(LogThreshold.isUnknown("")).isFalse();
        String before = System.getProperty(LogThreshold.PROPERTY);
        System.setProperty(LogThreshold.PROPERTY, "loud");
        try {
            LogThreshold threshold = LogThreshold.fromSystemProperty(out);

            assertThat(threshold).isEqualTo(LogThreshold.WARN);
            assertThat(printed()).isEqualTo("ovsguard: unknown ovsguard.log.level 'loud' (trace, debug, info, warn,"
                    + " error or off); warn is used" + System.lineSeparator());
        } finally {
            if (before == null) {
                System.clearProperty(LogThreshold.PROPERTY);
            } else {
                System.setProperty(LogThreshold.PROPERTY, before);
            }
        }
    }

    @Test
    void oneLoggerPerName() {
        StderrLoggerFactory factory = new StderrLoggerFactory(LogThreshold.WARN, out);

        assertThat(factory.getLogger("n")).isSameAs(factory.getLogger("n")).isNotSameAs(factory.getLogger("m"));
    }

    @Test
    void slf4jFindsTheCliBackEnd() {
        assertThat(LoggerFactory.getILoggerFactory()).isInstanceOf(StderrLoggerFactory.class);
        assertThat(LoggerFactory.getLogger("any").getName()).isEqualTo("any");
    }
}
