package io.ovsguard.ovsdb.replica;

/**
 * Hears every change of a replica, in order, on the replica's own thread (never an I/O thread); changes
 * published while the listener is busy come as one step (see {@link ReplicaChange}).
 */
@FunctionalInterface
public interface ReplicaListener {

    void onChange(ReplicaChange change);
}
