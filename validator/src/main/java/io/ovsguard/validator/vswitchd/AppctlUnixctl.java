package io.ovsguard.validator.vswitchd;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** {@link Unixctl} through {@code ovs-appctl -t <socket> --timeout=N command...}, for a switch on this host. */
public final class AppctlUnixctl implements Unixctl {

    public static final Path DEFAULT_APPCTL = Path.of("/usr/bin/ovs-appctl");

    private final Path appctl;
    private final Path socket;
    private final Duration timeout;

    public AppctlUnixctl(Path appctl, Path socket, Duration timeout) {
        this.appctl = appctl;
        this.socket = socket;
        this.timeout = timeout;
    }

    public static AppctlUnixctl of(Path socket) {
        return new AppctlUnixctl(DEFAULT_APPCTL, socket, Duration.ofSeconds(5));
    }

    public Path socket() {
        return socket;
    }

    @Override
    public UnixctlReply call(List<String> command) {
        List<String> argv = new ArrayList<>(List.of(appctl.toString(), "-t", socket.toString(),
                "--timeout=" + Math.max(1, timeout.toSeconds())));
        argv.addAll(command);
        Process process;
        try {
            process = new ProcessBuilder(argv).start();
        } catch (IOException e) {
            throw new VswitchdSignalException("cannot run " + appctl + ": " + e.getMessage(), e);
        }
        try {
            process.getOutputStream().close();
            CompletableFuture<String> out = drain(process.getInputStream());
            CompletableFuture<String> err = drain(process.getErrorStream());
            if (!process.waitFor(timeout.toMillis() + 2000, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return new UnixctlReply(124, "", "ovs-appctl did not answer within " + timeout.toSeconds() + " s");
            }
            return new UnixctlReply(process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new VswitchdSignalException("cannot talk to " + appctl + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new VswitchdSignalException("interrupted while waiting for ovs-appctl", e);
        }
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
    }
}
