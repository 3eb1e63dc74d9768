package io.ovsguard.ovsdb.replica;

import io.ovsguard.ovsdb.error.OvsdbException;

/** A replica condition did not come true in time. */
public class ReplicaTimeoutException extends OvsdbException {

    public ReplicaTimeoutException(String message) {
        super(message);
    }
}
