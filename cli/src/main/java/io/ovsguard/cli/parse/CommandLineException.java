package io.ovsguard.cli.parse;

/** A command line the CLI refuses. Subclasses differ in how the message is introduced on stderr. */
public abstract sealed class CommandLineException extends RuntimeException
        permits UsageException, OptionSyntaxException, LogFileException {

    protected CommandLineException(String message) {
        super(message);
    }
}
