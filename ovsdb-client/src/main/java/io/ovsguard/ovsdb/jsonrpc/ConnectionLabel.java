package io.ovsguard.ovsdb.jsonrpc;

import java.util.Objects;

/**
 * Identifies one connection in logs and error messages.
 *
 * @param id a number unique within the client resources that created the connection
 * @param peer the remote in OVSDB syntax, e.g. {@code unix:/run/openvswitch/db.sock}
 */
public record ConnectionLabel(long id, String peer) {

    public ConnectionLabel {
        Objects.requireNonNull(peer, "peer");
    }

    /** The prefix of every log line about this connection, e.g. {@code [ovsdb#2 tcp:127.0.0.1:6640]}. */
    public String logPrefix() {
        return "[ovsdb#" + id + " " + peer + "]";
    }

    @Override
    public String toString() {
        return logPrefix();
    }
}
