package io.ovsguard.cliarchfixture.cli.exec;

import io.ovsguard.cliarchfixture.cli.app.EntryPoint;

/** Breaks the layers (the engine reaches the entry point), which makes a cycle, ends the process itself and counts its runs in a static. */
public final class EngineReachingUp {

    /** A mutable static. */
    public static int runs;

    private EngineReachingUp() {
    }

    public static void run() {
        runs++;
        EntryPoint.status();
        System.exit(3);
    }
}
