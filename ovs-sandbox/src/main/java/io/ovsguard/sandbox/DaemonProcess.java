package io.ovsguard.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One detached OVS daemon, known only through its own pid file: never looked up by name, so a sandbox can only ever
 * signal its own processes. The {@link ProcessHandle} taken when the pid is first read carries the start time, which
 * protects against a recycled pid.
 *
 * <p>A daemon counts as gone only when every one of its threads has exited. When the main thread dies first (SIGKILL
 * reaches it before the PMD or handler threads), {@code /proc/<pid>/stat} already says zombie while the other threads
 * are still being torn down, and until the last of them is gone the process keeps its hugepages, its pid-file lock
 * and its OVSDB connection: a restart in that window fails with "already running", and a pool check sees pages
 * still in use.
 */
public final class DaemonProcess {
    private static final Logger log = LoggerFactory.getLogger(DaemonProcess.class);

    private final String name;
    private final Path pidFile;
    private final Path logFile;
    private final ToolRunner tools;
    private ProcessHandle handle;

    public DaemonProcess(String name, Path pidFile, Path logFile, ToolRunner tools) {
        this.name = name;
        this.pidFile = pidFile;
        this.logFile = logFile;
        this.tools = tools;
    }

    public String name() {
        return name;
    }

    public Path logFile() {
        return logFile;
    }

    /** Forgets the previous incarnation; call after a fresh start wrote a new pid file. */
    synchronized void attach() {
        handle = readPidFile().flatMap(ProcessHandle::of).orElseThrow(() -> new SandboxException(
                name + " wrote no live pid to " + pidFile + SandboxLogs.describeTail(logFile)));
    }

    /** The pid of the running daemon. */
    public synchronized Optional<Long> pid() {
        return isRunning() ? Optional.of(handle.pid()) : Optional.empty();
    }

    /** Whether any thread of the daemon is still alive (a zombie still tearing down threads counts as running). */
    public synchronized boolean isRunning() {
        return handle != null && handle.isAlive() && anyThreadAlive(handle.pid());
    }

    /**
     * Whether any thread of the process with this pid is alive. A zombie awaiting its reaper does not count once all
     * its threads are gone; a zombie main thread whose other threads are still exiting does.
     */
    public static boolean isLive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && anyThreadAlive(pid);
    }

    /** Sends a signal (for fault tests); does not wait for any effect. */
    public synchronized void signal(Signal signal) {
        if (!isRunning()) {
            throw new SandboxException(name + " is not running; cannot send SIG" + signal.killName());
        }
        tools.run(Path.of("/bin/kill"), "-s", signal.killName(), Long.toString(handle.pid())).orThrow();
    }

    /** Waits until the daemon is gone; true if it went within the timeout. */
    public boolean awaitExit(Duration timeout) {
        return Polling.await(() -> !isRunning(), timeout, Duration.ofMillis(10));
    }

    /**
     * SIGTERM, then SIGKILL if the daemon is still there after {@code grace}. Returns once it is gone; a daemon that
     * survives SIGKILL (uninterruptible sleep) is reported as an error.
     */
    public synchronized void stop(Duration grace) {
        if (!isRunning()) {
            return;
        }
        long pid = handle.pid();
        handle.destroy();
        if (!awaitExit(grace)) {
            log.warn("{} (pid {}) ignored SIGTERM for {}; sending SIGKILL", name, pid, grace);
            handle.destroyForcibly();
            if (!awaitExit(grace)) {
                throw new SandboxException(name + " (pid " + pid + ") survived SIGKILL for " + grace);
            }
        }
        log.debug("{} (pid {}) stopped", name, pid);
    }

    private Optional<Long> readPidFile() {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile).strip()));
        } catch (NoSuchFileException absent) {
            return Optional.empty();
        } catch (NumberFormatException e) {
            throw new SandboxException(pidFile + " holds no pid", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pidFile, e);
        }
    }

    /** Whether any task under {@code /proc/<pid>/task} is in a state other than zombie or dead. */
    private static boolean anyThreadAlive(long pid) {
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        try (Stream<Path> threads = Files.list(tasks)) {
            return threads.anyMatch(DaemonProcess::isThreadAlive);
        } catch (NoSuchFileException gone) {
            return false;
        } catch (DirectoryIteratorException vanishing) {
            // the process was reaped while we listed its threads
            if (Files.exists(tasks)) {
                throw new UncheckedIOException("cannot list " + tasks, vanishing.getCause());
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + tasks, e);
        }
    }

    private static boolean isThreadAlive(Path task) {
        try {
            String stat = Files.readString(task.resolve("stat"));
            int afterName = stat.lastIndexOf(')');
            if (afterName < 0 || stat.length() <= afterName + 2) {
                throw new SandboxException("unexpected format of " + task.resolve("stat") + ": " + stat);
            }
            char state = stat.charAt(afterName + 2);
            return state != 'Z' && state != 'X';
        } catch (NoSuchFileException gone) {
            return false;
        } catch (IOException e) {
            if (!Files.exists(task)) {
                return false;
            }
            throw new UncheckedIOException("cannot read " + task.resolve("stat"), e);
        }
    }
}
