package io.ovsguard.cli.call;

/**
 * Ends the run with a given status and no message, as ovs-vsctl's {@code br-exists} exits 2 for a missing bridge.
 * Anything to print has been printed before it is thrown.
 */
public final class ExitStatusException extends RuntimeException {

    private final int status;

    public ExitStatusException(int status) {
        super("exit status " + status, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
