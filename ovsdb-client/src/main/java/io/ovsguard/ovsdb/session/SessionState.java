package io.ovsguard.ovsdb.session;

/** Where a {@link OvsdbSession} stands. */
public enum SessionState {
    /** Opening a connection, or re-establishing monitors and locks on a new one. */
    CONNECTING,
    /** Connected, with every connection hook done. */
    CONNECTED,
    /** The last attempt failed or the connection dropped; waiting before the next attempt. */
    BACKOFF,
    /** Closed by its owner; final. */
    CLOSED
}
