package io.ovsguard.archfixture.codec;

/** Target of the violating fixture's dependency on a wire layer. */
public final class FixtureCodec {

    private FixtureCodec() {
    }

    /** A method, not a constant: constants are inlined and would leave no dependency in the bytecode. */
    public static String name() {
        return "fixture";
    }
}
