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

    @Test
    void writesTimestampsAsTheJdkFormatterDoesAcrossCenturiesLeapDaysAndDayBoundaries() {
        java.time.format.DateTimeFormatter oracle = java.time.format.DateTimeFormatter
                .ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
        List<String> edges = List.of("1970-01-01T00:00:00Z", "1999-12-31T23:59:59Z", "2000-02-29T12:00:00Z",
                "2024-02-29T23:59:59Z", "2024-03-01T00:00:00Z", "2100-02-28T23:59:59Z", "2100-03-01T00:00:00Z",
                "2026-11-25T22:30:05.999Z", "9999-12-31T23:59:59Z");
        for (String edge : edges) {
            Instant instant = Instant.parse(edge);
            assertThat(VlogConsole.timestamp(instant)).as(edge).isEqualTo(oracle.format(instant));
        }
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(0, 253_402_300_800L),
                    random.nextInt(1_000_000_000));
            assertThat(VlogConsole.timestamp(instant)).isEqualTo(oracle.format(instant));
        }
    }

    @Test
    void padsTheSequenceNumberToFiveDigits() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        VlogConsole console = new VlogConsole(new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK,
                VlogLevels.of(options(List.of("console:info"), List.of(), null)), true);
        for (int i = 0; i < 120; i++) {
            console.info("reconnect", "line " + i);
        }
        List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
        // the sequence counts every message a destination takes, so the first of these is not number 1
        assertThat(lines).hasSize(120)
                .allMatch(line -> line.matches("2026-01-02T03:04:05Z\\|\\d{5}\\|reconnect\\|INFO\\|line \\d+"));
        int first = Integer.parseInt(lines.get(0).substring(21, 26));
        assertThat(lines.get(119)).startsWith(String.format("2026-01-02T03:04:05Z|%05d|", first + 119));
    }
}
