package io.ovsguard.cli.parse;

/**
 * An option getopt itself rejects. The C library introduces these with {@code argv[0]} as typed (possibly a path),
 * not with the program's base name, so they are kept apart from {@link UsageException}.
 */
public final class OptionSyntaxException extends CommandLineException {

    public OptionSyntaxException(String message) {
        super(message);
    }
}
