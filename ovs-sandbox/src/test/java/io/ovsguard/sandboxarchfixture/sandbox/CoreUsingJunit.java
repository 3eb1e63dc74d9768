package io.ovsguard.sandboxarchfixture.sandbox;

import io.ovsguard.sandboxarchfixture.sandbox.junit.FixtureExtension;
import org.junit.jupiter.api.Assertions;

/** Breaks every rule: the core uses JUnit and the extension, and counts its uses in a static. */
public final class CoreUsingJunit {

    /** A mutable static. */
    public static int uses;

    private CoreUsingJunit() {
    }

    public static void check(boolean condition) {
        uses++;
        Assertions.assertTrue(condition);
        FixtureExtension.touch();
    }
}
