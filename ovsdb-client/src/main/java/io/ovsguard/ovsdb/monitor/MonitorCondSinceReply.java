package io.ovsguard.ovsdb.monitor;

import io.ovsguard.ovsdb.notation.Uuid;
import java.util.Objects;

/**
 * The reply to {@code monitor_cond_since}.
 *
 * @param found true if the server still had the requested transaction, so {@code updates} are only
 *     the changes since then; false if {@code updates} are the full initial contents
 * @param lastTxnId the id of the last transaction the updates include (all zeros for a standalone
 *     server that does not track them)
 */
public record MonitorCondSinceReply(boolean found, Uuid lastTxnId, TableUpdates updates) {

    public MonitorCondSinceReply {
        Objects.requireNonNull(lastTxnId, "lastTxnId");
        Objects.requireNonNull(updates, "updates");
    }
}
