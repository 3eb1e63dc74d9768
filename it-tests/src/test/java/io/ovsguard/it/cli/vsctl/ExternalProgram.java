package io.ovsguard.it.cli.vsctl;

import java.io.File;
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
 * A program named {@code ovs-vsctl} run as a process and found on the PATH, so that its {@code argv[0]} (which
 * getopt's messages quote) is plain {@code ovs-vsctl}: the real one, or ovsguard's launcher through a symlink.
 */
final class ExternalProgram implements VsctlProgram {

    static final Path REAL_VSCTL = Path.of("/usr/bin/ovs-vsctl");
    private static final String NAME = "ovs-vsctl";
    private static final Path SCRIPT = Path.of("/usr/bin/script");
    private static final long TIMEOUT_SECONDS = 60;

    private final Path executable;

    /** @param executable a file named {@code ovs-vsctl} */
    ExternalProgram(Path executable) {
        if (!executable.getFileName().toString().equals(NAME)) {
            throw new IllegalArgumentException("not named " + NAME + ": " + executable);
        }
        this.executable = executable;
    }

    private ExternalProgram(Path executable, boolean anyName) {
        this.executable = executable;
    }

    /** {@code script(1)}, which runs a shell command on a new terminal (see {@link TerminalProgram}). */
    static ExternalProgram script() {
        return new ExternalProgram(SCRIPT, true);
    }

    static ExternalProgram realVsctl() {
        return new ExternalProgram(REAL_VSCTL);
    }

    @Override
    public ToolOutcome run(Path runDir, List<String> args, Map<String, String> overrides) {
        List<String> command = new ArrayList<>();
        command.add(executable.equals(SCRIPT) ? SCRIPT.toString() : NAME);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(runDir.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("OVS_"));
        env.putAll(VsctlProgram.environment(runDir, overrides));
        env.put("PATH", executable.getParent() + ":/usr/bin:/bin");
        try {
            Path out = Files.createTempFile(runDir, "out", ".txt");
            Path err = Files.createTempFile(runDir, "err", ".txt");
            try {
                Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(command + " did not finish in " + TIMEOUT_SECONDS + " s");
                }
                // decoded with replacement, as the in-process side is: ovs-vsctl may print bytes that are not
                // UTF-8 (a syntax error quotes one byte of a character), which must compare, not abort the run
                return new ToolOutcome(process.exitValue(),
                        new String(Files.readAllBytes(out), StandardCharsets.UTF_8),
                        new String(Files.readAllBytes(err), StandardCharsets.UTF_8));
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

    @Override
    public String toString() {
        return executable.toString();
    }
}
