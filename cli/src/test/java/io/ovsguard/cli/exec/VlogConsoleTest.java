package io.ovsguard.cli.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.cli.parse.LoggingOptions;
import io.ovsguard.cli.parse.StartupLogLine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VlogConsoleTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    private static String console(LoggingOptions options, boolean mightWrite) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        VlogConsole console = new VlogConsole(new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK,
                VlogLevels.of(options), mightWrite);
        console.info("reconnect", "unix:/x: connecting...");
        return err.toString(StandardCharsets.UTF_8);
    }

    private static LoggingOptions options(List<String> specs, List<StartupLogLine> lines, String calledAs) {
        return new LoggingOptions(specs, Optional.empty(), false, Optional.empty(), Optional.empty(), lines,
                Optional.ofNullable(calledAs));
    }

    @Test
    void aReadOnlyLineLogsHowItWasCalledAtDebug() {
        assertThat(console(options(List.of("vsctl:console:dbg"), List.of(), "ovs-vsctl list-br"), false))
                .isEqualTo("2026-01-02T03:04:05Z|00001|vsctl|DBG|Called as ovs-vsctl list-br\n");
    }

    @Test
    void aWritingLineLogsHowItWasCalledAtInfoWhichSyslogCountsEvenWhenTheConsoleDoesNotShowIt() {
        assertThat(console(options(List.of("reconnect:console:info"), List.of(), "ovs-vsctl add-br b"), true))
                .isEqualTo("2026-01-02T03:04:05Z|00002|reconnect|INFO|unix:/x: connecting...\n");
    }

    @Test
    void startupLinesShowAccordingToTheSpecsGivenBeforeThem() {
        List<StartupLogLine> lines = List.of(new StartupLogLine("stream_ssl", "ERR", "first", 1),
                new StartupLogLine("stream_ssl", "ERR", "second", 2));
        assertThat(console(options(List.of("console:off", "console:err"), lines, null), false))
                .isEqualTo("2026-01-02T03:04:05Z|00002|stream_ssl|ERR|second\n");
    }
}
