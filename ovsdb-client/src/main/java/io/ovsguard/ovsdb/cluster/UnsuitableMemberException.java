package io.ovsguard.ovsdb.cluster;

import io.ovsguard.ovsdb.error.ConnectionException;

/**
 * A server was reached but cannot be used for the database: it does not serve it, is cut off from its cluster, is
 * not the leader when the leader was required, or belongs to another cluster or lags behind what was already seen.
 */
public class UnsuitableMemberException extends ConnectionException {
    private static final long serialVersionUID = 1L;

    public UnsuitableMemberException(String message) {
        super(message);
    }
}
