package io.ovsguard.ovsdb;

import io.ovsguard.ovsdb.monitor.MonitorMethod;
import io.ovsguard.ovsdb.monitor.TableUpdates;
import io.ovsguard.ovsdb.notation.Uuid;
import java.util.Objects;
import java.util.Optional;

/**
 * A started monitor: its id on the connection, the method the server accepted, the contents it
 * reported first, and for {@code monitor_cond_since} whether the server resumed from the
 * transaction asked for (then {@code initial} holds only what changed since) and where it stands.
 */
public record MonitorSubscription(String database, String monitorId, MonitorMethod method, TableUpdates initial,
        boolean resumed, Optional<Uuid> lastTxnId) {

    public MonitorSubscription {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(monitorId, "monitorId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(lastTxnId, "lastTxnId");
    }
}
