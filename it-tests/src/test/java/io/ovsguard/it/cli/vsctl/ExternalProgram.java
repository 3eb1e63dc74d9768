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

/** A program run as a process: the real ovs-vsctl, or ovsguard's launcher through a symlink named ovs-vsctl. */
final class ExternalProgram implements VsctlProgram {

    static final Path REAL_VSCTL = Path.of("/usr/bin/ovs-vsctl");
    private static final long TIMEOUT_SECONDS = 60;

    private final Path executable;

    ExternalProgram(Path executable) {
        this.executable = executable;
    }

    static ExternalProgram realVsctl() {
        return new ExternalProgram(REAL_VSCTL);
    }

    @Override
    public ToolOutcome run(Path runDir, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(runDir.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("OVS_"));
        env.putAll(VsctlProgram.environment(runDir));
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
                return new ToolOutcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
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

    @Override
    public String toString() {
        return executable.toString();
    }
}
