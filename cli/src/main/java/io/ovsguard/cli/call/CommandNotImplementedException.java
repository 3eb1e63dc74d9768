package io.ovsguard.cli.call;

/** A command that parses but has no handler yet. */
public final class CommandNotImplementedException extends RuntimeException {

    private final String command;

    public CommandNotImplementedException(String command) {
        super("'" + command + "' command is not implemented yet");
        this.command = command;
    }

    public String command() {
        return command;
    }
}
