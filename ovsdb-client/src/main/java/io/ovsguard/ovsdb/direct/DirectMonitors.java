package io.ovsguard.ovsdb.direct;

import io.ovsguard.ovsdb.LockListener;
import io.ovsguard.ovsdb.codec.MethodCodec;
import io.ovsguard.ovsdb.codec.UpdateParser;
import io.ovsguard.ovsdb.error.OvsdbException;
import io.ovsguard.ovsdb.jsonrpc.NotificationListener;
import io.ovsguard.ovsdb.jsonrpc.Payload;
import io.ovsguard.ovsdb.monitor.MonitorMethod;
import io.ovsguard.ovsdb.monitor.MonitorNotification;
import io.ovsguard.ovsdb.monitor.UpdateListener;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The notifications of one direct connection: monitor updates to their monitor's listener and {@code locked} /
 * {@code stolen} to the lock listeners, on one delivery thread in arrival order (started on first use, so a run
 * without monitors or locks never starts it). A monitor's updates that arrive before its reply has been handled
 * are held back until then, so a listener never sees an update older than the contents it started from.
 */
final class DirectMonitors implements NotificationListener, AutoCloseable {

    private final Map<String, Entry> monitors = new ConcurrentHashMap<>();
    private final List<LockListener> lockListeners = new CopyOnWriteArrayList<>();
    private ExecutorService delivery;
    private boolean closed;

    /** A monitor about to be requested. */
    void pending(String monitorId, DatabaseSchema schema, UpdateListener listener) {
        monitors.put(monitorId, new Entry(schema, listener));
    }

    /** The monitor's reply was handled: deliver what was held back, then every update as it comes. */
    void activate(String monitorId) {
        Entry entry = monitors.get(monitorId);
        if (entry == null) {
            return;
        }
        synchronized (entry) {
            for (MonitorNotification held : entry.held) {
                deliver(() -> entry.listener.onUpdate(held));
            }
            entry.held = List.of();
            entry.active = true;
        }
    }

    void remove(String monitorId) {
        monitors.remove(monitorId);
    }

    void addLockListener(LockListener listener) {
        lockListeners.add(listener);
    }

    /** Called on the reader thread, in arrival order. */
    @Override
    public void onNotification(String method, Payload params) {
        try {
            if (MonitorMethod.fromNotification(method).isPresent()) {
                route(method, params);
            } else if ("locked".equals(method)) {
                String lockId = MethodCodec.parseLockNotification(params, method);
                lockListeners.forEach(l -> deliver(() -> l.locked(lockId)));
            } else if ("stolen".equals(method)) {
                String lockId = MethodCodec.parseLockNotification(params, method);
                lockListeners.forEach(l -> deliver(() -> l.stolen(lockId)));
            } else {
                Holder.LOG.debug("ignoring a {} notification", method);
            }
        } catch (OvsdbException e) {
            // a malformed notification is the server's bug; report it and keep the connection
            Holder.LOG.warn("could not decode a {} notification: {}", method, e.getMessage());
        }
    }

    private void route(String method, Payload params) {
        Entry entry = monitors.get(MethodCodec.monitorIdOf(params, method));
        if (entry == null) {
            Holder.LOG.debug("dropping {} for a monitor that is not registered", method);
            return;
        }
        MonitorNotification notification = UpdateParser.parseNotification(method, params, entry.schema);
        synchronized (entry) {
            if (!entry.active) {
                entry.held.add(notification);
                return;
            }
        }
        deliver(() -> entry.listener.onUpdate(notification));
    }

    private synchronized void deliver(Runnable task) {
        if (closed) {
            Holder.LOG.debug("dropping a notification that arrived after the client was closed");
            return;
        }
        if (delivery == null) {
            delivery = Executors.newSingleThreadExecutor(task2 -> {
                Thread thread = new Thread(task2, "ovsdb-direct-delivery");
                thread.setDaemon(true);
                return thread;
            });
        }
        delivery.execute(task);
    }

    /** Stops the delivery thread after the updates already handed to it. */
    @Override
    public synchronized void close() {
        closed = true;
        if (delivery != null) {
            delivery.shutdown();
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

    /** Created on first use: a run that logs nothing never starts the logging backend. */
    private static final class Holder {
        static final Logger LOG = LoggerFactory.getLogger(DirectMonitors.class);
    }
}
