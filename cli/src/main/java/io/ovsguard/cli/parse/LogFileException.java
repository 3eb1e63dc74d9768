package io.ovsguard.cli.parse;

/** {@code --log-file=FILE} named a file that cannot be opened; ovs-vsctl reports it as a logging warning. */
public final class LogFileException extends CommandLineException {

    private final String file;
    private final String reason;

    public LogFileException(String file, String reason) {
        super("failed to open " + file + " for logging: " + reason);
        this.file = file;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public String reason() {
        return reason;
    }
}
