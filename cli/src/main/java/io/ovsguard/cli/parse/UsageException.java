package io.ovsguard.cli.parse;

/** A usage error ovs-vsctl reports as {@code PROGRAM: MESSAGE} (unknown command, wrong argument count, ...). */
public final class UsageException extends CommandLineException {

    public UsageException(String message) {
        super(message);
    }
}
