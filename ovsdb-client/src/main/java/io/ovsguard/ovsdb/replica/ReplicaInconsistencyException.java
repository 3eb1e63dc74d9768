package io.ovsguard.ovsdb.replica;

import io.ovsguard.ovsdb.error.OvsdbException;
import io.ovsguard.ovsdb.notation.Uuid;

/** An update does not fit the replica (a change to a row it lacks, an insert of a row it has); it resyncs. */
public class ReplicaInconsistencyException extends OvsdbException {

    public ReplicaInconsistencyException(String table, Uuid uuid, String what) {
        super("inconsistent update for " + table + " row " + uuid + ": " + what);
    }
}
