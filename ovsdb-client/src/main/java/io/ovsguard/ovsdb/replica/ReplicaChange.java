package io.ovsguard.ovsdb.replica;

import io.ovsguard.ovsdb.monitor.TableUpdates;
import java.util.Objects;

/**
 * One step of a replica: the snapshot before, the snapshot after and the row changes between them.
 * A step may cover several monitor updates: those the replica applied as one batch, or the snapshots
 * published while a listener was still busy with an earlier step, which it then gets as one step.
 * A row several of them touched appears once, with its change over the whole step.
 *
 * @param resync true if the replica was reloaded in full (first sync, reconnect without resume, or
 *     recovery from an inconsistency); {@code updates} then hold the difference the reload made
 */
public record ReplicaChange(ReplicaSnapshot previous, ReplicaSnapshot current, TableUpdates updates,
        boolean resync) {

    public ReplicaChange {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(updates, "updates");
    }
}
