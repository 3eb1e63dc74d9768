package io.ovsguard.ovsdb.monitor;

import io.ovsguard.ovsdb.notation.Uuid;
import java.util.Objects;
import java.util.Optional;

/**
 * A decoded {@code update}, {@code update2} or {@code update3} notification.
 *
 * @param monitorId the id the monitor was created with
 * @param lastTxnId the transaction these updates end at ({@code update3} only)
 */
public record MonitorNotification(MonitorMethod method, String monitorId, Optional<Uuid> lastTxnId,
        TableUpdates updates) {

    public MonitorNotification {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(monitorId, "monitorId");
        Objects.requireNonNull(lastTxnId, "lastTxnId");
        Objects.requireNonNull(updates, "updates");
    }
}
