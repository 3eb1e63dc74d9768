package io.ovsguard.cliarchfixture.cli.logging;

import io.ovsguard.cliarchfixture.cli.app.EntryPoint;

/** A logging back end that depends on the CLI. */
public final class LoggerReachingIn {

    private LoggerReachingIn() {
    }

    public static int level() {
        return EntryPoint.status();
    }
}
