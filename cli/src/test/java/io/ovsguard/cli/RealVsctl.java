package io.ovsguard.cli;

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
 * Runs the installed ovs-vsctl, the reference for every byte the CLI prints. Its default database points into a
 * directory that holds no socket, so a command line that parses fails fast with a connection error instead of
 * touching any real switch.
 */
public final class RealVsctl {

    public static final String BINARY = "/usr/bin/ovs-vsctl";
    /** A run directory with no db.sock in it: the default database of every run. */
    public static final String RUNDIR = "/nonexistent/ovsguard-test-rundir";
    public static final String LOGDIR = "/nonexistent/ovsguard-test-logdir";

    private RealVsctl() {
    }

    /** What one run printed and returned. */
    public record Result(int exitCode, String stdout, String stderr) {
    }

    public static boolean installed() {
        return Files.isExecutable(Path.of(BINARY));
    }

    /** Runs ovs-vsctl found on the PATH, so that its {@code argv[0]} is plain {@code ovs-vsctl}. */
    public static Result run(String... args) {
        return runAs("ovs-vsctl", args);
    }

    /** Runs ovs-vsctl through {@code argv0}, which may be a symlink with another name. */
    public static Result runAs(String argv0, String... args) {
        List<String> command = new ArrayList<>();
        command.add(argv0);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("OVS_"));
        env.put("OVS_RUNDIR", RUNDIR);
        env.put("OVS_LOGDIR", LOGDIR);
        env.put("PATH", Path.of(BINARY).getParent() + ":/bin");
        try {
            Path out = Files.createTempFile("vsctl-out", ".txt");
            Path err = Files.createTempFile("vsctl-err", ".txt");
            try {
                Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("ovs-vsctl " + List.of(args) + " did not finish in 30 s");
                }
                return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
