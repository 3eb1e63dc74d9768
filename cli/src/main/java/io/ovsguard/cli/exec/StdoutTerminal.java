package io.ovsguard.cli.exec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether this process's standard output is a terminal, as C's {@code isatty(STDOUT_FILENO)} tells ovs-vsctl: on
 * Linux, file descriptor 1 then links to a terminal device. Anything unreadable counts as not a terminal, which is
 * what scripts and pipes are.
 */
public final class StdoutTerminal {

    private static final Path STDOUT_LINK = Path.of("/proc/self/fd/1");

    private StdoutTerminal() {
    }

    public static boolean isTerminal() {
        return isTerminalDevice(STDOUT_LINK);
    }

    /** Whether {@code link} (a {@code /proc/PID/fd/N} entry) points at a terminal device. */
    static boolean isTerminalDevice(Path link) {
        try {
            String target = Files.readSymbolicLink(link).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
