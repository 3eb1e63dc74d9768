package io.ovsguard.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs OVS tools with the sandbox's environment: OVS_RUNDIR, OVS_LOGDIR, OVS_DBDIR and OVS_SYSCONFDIR all point at
 * the sandbox directory, which is also the working directory, so nothing falls back to /var/run/openvswitch.
 */
public final class ToolRunner {
    private static final Logger log = LoggerFactory.getLogger(ToolRunner.class);

    private final Path dir;
    private final Duration timeout;

    public ToolRunner(Path dir, Duration timeout) {
        this.dir = dir;
        this.timeout = timeout;
    }

    public Map<String, String> environment() {
        String d = dir.toString();
        return Map.of("OVS_RUNDIR", d, "OVS_LOGDIR", d, "OVS_DBDIR", d, "OVS_SYSCONFDIR", d);
    }

    /** Runs a tool, captures both streams and waits for it up to the runner's timeout. */
    public ToolResult run(List<String> command) {
        log.debug("[{}] {}", dir.getFileName(), command);
        Process process = start(command, null);
        CompletableFuture<String> out = drain(process.getInputStream());
        CompletableFuture<String> err = drain(process.getErrorStream());
        int exit = await(process, command);
        return new ToolResult(command, exit, join(out), join(err));
    }

    public ToolResult run(Path program, String... args) {
        List<String> command = new ArrayList<>();
        command.add(program.toString());
        command.addAll(List.of(args));
        return run(command);
    }

    /**
     * Runs a daemon with {@code --detach}: waits for the foreground parent, whose exit status says whether the
     * daemon started. Its console goes to a file because the detached child may keep inherited descriptors open;
     * the result's stderr is what this run appended to that file (messages such as a fatal error before the log
     * file opened appear only there).
     */
    public ToolResult runDetaching(List<String> command, Path console) {
        log.debug("[{}] {}", dir.getFileName(), command);
        long consoleBefore = SandboxLogs.size(console);
        Process process = start(command, console);
        int exit = await(process, command);
        return new ToolResult(command, exit, "", SandboxLogs.readSince(console, consoleBefore));
    }

    private Process start(List<String> command, Path console) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().putAll(environment());
        builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        if (console != null) {
            builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile()));
        }
        try {
            return builder.start();
        } catch (IOException e) {
            throw new SandboxException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
        }
    }

    private int await(Process process, List<String> command) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new SandboxException(String.join(" ", command) + " did not finish within " + timeout);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new SandboxException("interrupted while running " + command.get(0), e);
        }
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        // a thread per stream: blocking reads do not belong in the common pool
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, task -> {
            Thread reader = new Thread(task, "ovs-tool-output");
            reader.setDaemon(true);
            reader.start();
        });
    }

    private String join(CompletableFuture<String> stream) {
        try {
            return stream.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("interrupted while reading tool output", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new SandboxException("cannot read tool output: " + e.getMessage(), e);
        }
    }
}
