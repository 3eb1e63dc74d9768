package io.ovsguard.sandboxarchfixture.sandbox.junit;

/** The fixture's extension package, which the fixture's core wrongly depends on. */
public final class FixtureExtension {

    private FixtureExtension() {
    }

    public static void touch() {
        // nothing: being referenced is the point
    }
}
