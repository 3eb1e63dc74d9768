package io.ovsguard.cli.call;

import io.ovsguard.cli.parse.CliEnvironment;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Objects;

/** The standard streams and environment of one CLI run; injected so tests never touch the process's own. */
public record CliStreams(InputStream in, PrintStream out, PrintStream err, CliEnvironment environment) {

    public CliStreams {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(environment, "environment");
    }
}
