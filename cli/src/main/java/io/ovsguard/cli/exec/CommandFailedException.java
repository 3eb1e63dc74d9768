package io.ovsguard.cli.exec;

/**
 * A command could not do what it was asked (ovs-vsctl's {@code ctl_fatal}): the message is printed as
 * {@code PROGRAM: MESSAGE} on stderr, the exit status is 1, and nothing is committed.
 */
public final class CommandFailedException extends RuntimeException {

    public CommandFailedException(String message) {
        super(message);
    }
}
