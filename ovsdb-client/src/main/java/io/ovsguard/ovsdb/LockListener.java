package io.ovsguard.ovsdb;

/** Hears the server's lock notifications. Runs on the client's delivery thread. */
public interface LockListener {

    /** This client now holds {@code lockId} (after it had been queued). */
    void locked(String lockId);

    /** Another client stole {@code lockId} from this one. */
    void stolen(String lockId);
}
