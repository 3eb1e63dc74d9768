package io.ovsguard.archfixture.ovsdb.session;

import io.ovsguard.archfixture.codec.FixtureCodec;
import io.ovsguard.archfixture.ovsdb.replica.FixtureReplica;

/** Deliberately breaks the session rules: a session that reaches into the codec and up into the replica. */
public final class LeakySession {

    private LeakySession() {
    }

    public static String leak() {
        return FixtureCodec.name() + FixtureReplica.name();
    }
}
