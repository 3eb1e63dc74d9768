package io.ovsguard.ovsdb.internal;

import io.ovsguard.ovsdb.monitor.MonitorNotification;
import io.ovsguard.ovsdb.monitor.NonBlockingUpdateListener;
import io.ovsguard.ovsdb.monitor.UpdateListener;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The monitors of one connection, by id. A monitor is registered before its request is sent;
 * notifications that arrive before the reply are held back and delivered right after the reply,
 * so a listener never sees an update older than the contents it started from.
 *
 * <p>{@link #route} is called on the connection's I/O thread, which orders the updates; delivery
 * runs on the client's serial executor, except for a {@link NonBlockingUpdateListener}, which is
 * called right there (the held-back updates on the thread that activates the monitor, under the
 * monitor's lock so that none overtakes them).
 */
final class MonitorRegistry {


    private final Executor delivery;
    private final Map<String, Entry> monitors = new ConcurrentHashMap<>();

    MonitorRegistry(Executor delivery) {
        this.delivery = delivery;
    }

    /** A monitor about to be requested. */
    void pending(String monitorId, DatabaseSchema schema, UpdateListener listener) {
        monitors.put(monitorId, new Entry(schema, listener));
    }

    /** The monitor's reply arrived: deliver what was held back, then everything as it comes. */
    void activate(String monitorId) {
        Entry entry = monitors.get(monitorId);
        if (entry == null) {
            return;
        }
        synchronized (entry) {
            // queued under the lock, so an update routed meanwhile cannot overtake the held ones
            for (MonitorNotification notification : entry.held) {
                deliver(entry, notification);
            }
            entry.held = List.of();
            entry.active = true;
        }
    }

    /** The schema to decode a monitor's notifications with, or null for an unknown monitor. */
    DatabaseSchema schemaOf(String monitorId) {
        Entry entry = monitors.get(monitorId);
        return entry == null ? null : entry.schema;
    }

    void route(MonitorNotification notification) {
        Entry entry = monitors.get(notification.monitorId());
        if (entry == null) {
            Holder.LOG.debug("dropping an update for monitor {}, which is not registered", notification.monitorId());
            return;
        }
        synchronized (entry) {
            if (!entry.active) {
                entry.held.add(notification);
                return;
            }
        }
        deliver(entry, notification);
    }

    private void deliver(Entry entry, MonitorNotification notification) {
        if (entry.listener instanceof NonBlockingUpdateListener inline) {
            try {
                inline.onUpdate(notification);
            } catch (RuntimeException e) {
                // a listener's bug must not break the connection's reading
                Holder.LOG.error("a monitor listener failed", e);
            }
            return;
        }
        delivery.execute(() -> entry.listener.onUpdate(notification));
    }

    /** Forgets a monitor: cancelled, rejected by the server, or replaced by a new id. */
    void remove(String monitorId) {
        monitors.remove(monitorId);
    }

    /** Moves a monitor to a new id (monitor_cond_change may rename it). */
    void rename(String oldId, String newId) {
        Entry entry = monitors.remove(oldId);
        if (entry != null) {
            monitors.put(newId, entry);
        }
    }

    private static final class Entry {
        final DatabaseSchema schema;
        final UpdateListener listener;
        boolean active;
        List<MonitorNotification> held = new ArrayList<>();

        Entry(DatabaseSchema schema, UpdateListener listener) {
            this.schema = schema;
            this.listener = listener;
        }
    }

    /** The logger, created on first use: a short-lived process that logs nothing never starts the logging backend. */
    private static final class Holder {
        static final Logger LOG = LoggerFactory.getLogger(MonitorRegistry.class);
    }
}
