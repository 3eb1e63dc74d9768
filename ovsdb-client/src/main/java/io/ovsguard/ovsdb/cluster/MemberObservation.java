package io.ovsguard.ovsdb.cluster;

import io.ovsguard.ovsdb.ConnectionSpec;
import java.time.Instant;
import java.util.Objects;

/** What one remote said about the database the last time the client read its {@code _Server}. */
public record MemberObservation(ConnectionSpec.Active remote, ServerDatabaseStatus status, Instant seenAt) {

    public MemberObservation {
        Objects.requireNonNull(remote, "remote");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(seenAt, "seenAt");
    }
}
