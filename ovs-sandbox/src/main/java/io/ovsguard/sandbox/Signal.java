package io.ovsguard.sandbox;

/** POSIX signals a sandbox may send to its own daemons, for orderly stops and for fault tests. */
public enum Signal {
    TERM, KILL, INT, HUP, ABRT, SEGV, STOP, CONT, USR1;

    /** The name {@code kill -s} understands. */
    public String killName() {
        return name();
    }
}
