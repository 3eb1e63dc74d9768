package io.ovsguard.bench.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command under GNU time and measures it. Output goes to files, not pipes, so no reader thread competes with
 * the measured process. Every contender pays the same overhead (the spawn and GNU time's own exec); the report shows
 * it as the {@code /bin/true} floor.
 */
final class ProcessTimer {

    private static final Path GNU_TIME = Path.of("/usr/bin/time");
    private static final long TIMEOUT_SECONDS = 300;

    private final Path scratch;

    ProcessTimer(Path scratch) {
        this.scratch = scratch;
    }

    static boolean available() {
        return Files.isExecutable(GNU_TIME);
    }

    Measurement run(List<String> command, Map<String, String> environment) {
        Path timing = scratch.resolve("time.txt");
        Path out = scratch.resolve("stdout.txt");
        Path err = scratch.resolve("stderr.txt");
        List<String> timed = new ArrayList<>(List.of(GNU_TIME.toString(), "-o", timing.toString(), "-f", "%U %S %M"));
        timed.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(timed).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().putAll(environment);
        try {
            long start = System.nanoTime();
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out after " + TIMEOUT_SECONDS + " s: " + command);
            }
            long wall = System.nanoTime() - start;
            return new Measurement(wall, cpuMillis(timing), peakRssKb(timing), process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + command, e);
        }
    }

    /** GNU time writes "Command exited with non-zero status N" before the format line when the command fails. */
    private static String[] fields(Path timing) throws IOException {
        List<String> lines = Files.readAllLines(timing, StandardCharsets.UTF_8);
        return lines.get(lines.size() - 1).trim().split("\\s+");
    }

    private static double cpuMillis(Path timing) throws IOException {
        String[] f = fields(timing);
        return (Double.parseDouble(f[0]) + Double.parseDouble(f[1])) * 1000;
    }

    private static long peakRssKb(Path timing) throws IOException {
        return Long.parseLong(fields(timing)[2]);
    }
}
