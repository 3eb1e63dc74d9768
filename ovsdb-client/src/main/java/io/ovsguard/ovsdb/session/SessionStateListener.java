package io.ovsguard.ovsdb.session;

/** Hears a session's state changes, in order, on the session's listener thread. */
@FunctionalInterface
public interface SessionStateListener {

    void stateChanged(SessionState previous, SessionState current);
}
