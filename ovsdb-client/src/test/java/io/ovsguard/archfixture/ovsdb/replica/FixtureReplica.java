package io.ovsguard.archfixture.ovsdb.replica;

/** A stand-in replica for the session fixture to depend on. */
public final class FixtureReplica {

    private FixtureReplica() {
    }

    public static String name() {
        return "replica";
    }
}
