package io.ovsguard.cli.exec;

/**
 * The {@code --timeout} ran out. ovs-vsctl is then killed by SIGALRM after logging so; the executor reproduces the
 * log line and the exit status of a process killed by that signal.
 */
public final class TimeoutExpiredException extends RuntimeException {

    /** The exit status a shell reports for a process killed by SIGALRM (128 + 14). */
    public static final int EXIT_STATUS = 142;

    public TimeoutExpiredException() {
        super("timeout expired");
    }
}
