package io.ovsguard.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** What a finished program printed and how it exited; {@link #of} runs one with stdin from /dev/null. */
public record ProgramRun(int status, String out, String err) {

    /**
     * Runs {@code command} with {@code environment} added to this JVM's, waiting at most {@code limit}.
     *
     * @throws IllegalStateException if it does not finish in time (it is killed)
     */
    public static ProgramRun of(List<String> command, Map<String, String> environment, Duration limit) {
        return run(command, environment, limit, false);
    }

    /**
     * Runs {@code command} with stdout and stderr into one file, as a shell's {@code > FILE 2>&1}: {@link #out}
     * holds both in the order the program wrote them, {@link #err} is empty.
     */
    public static ProgramRun merged(List<String> command, Duration limit) {
        return run(command, Map.of(), limit, true);
    }

    private static ProgramRun run(List<String> command, Map<String, String> environment, Duration limit,
            boolean merged) {
        try {
            Path out = Files.createTempFile("program-out", ".txt");
            Path err = Files.createTempFile("program-err", ".txt");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
                if (merged) {
                    builder.redirectErrorStream(true);
                } else {
                    builder.redirectError(err.toFile());
                }
                builder.environment().putAll(environment);
                Process process = builder.start();
                if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("timed out after " + limit + ": " + command);
                }
                return new ProgramRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }
}
