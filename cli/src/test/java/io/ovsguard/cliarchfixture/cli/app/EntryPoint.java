package io.ovsguard.cliarchfixture.cli.app;

import io.ovsguard.cliarchfixture.cli.exec.EngineReachingUp;

/** The fixture's entry point, which depends on the engine as the real one does. */
public final class EntryPoint {

    private EntryPoint() {
    }

    public static int status() {
        return 0;
    }

    public static void main(String[] args) {
        EngineReachingUp.run();
    }
}
