package io.ovsguard.ovsdb.internal;

import io.ovsguard.ovsdb.LockListener;
import io.ovsguard.ovsdb.codec.MethodCodec;
import io.ovsguard.ovsdb.codec.UpdateParser;
import io.ovsguard.ovsdb.error.OvsdbException;
import io.ovsguard.ovsdb.jsonrpc.NotificationListener;
import io.ovsguard.ovsdb.jsonrpc.Payload;
import io.ovsguard.ovsdb.monitor.MonitorMethod;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes the server's notifications and hands them on: monitor updates to their monitor's
 * listener, {@code locked}/{@code stolen} to the lock listeners. Runs on the I/O thread; the
 * listeners themselves run on the serial delivery executor.
 */
final class InboundRouter implements NotificationListener {


    private final MonitorRegistry monitors;
    private final Executor delivery;
    private final List<LockListener> lockListeners = new CopyOnWriteArrayList<>();

    InboundRouter(MonitorRegistry monitors, Executor delivery) {
        this.monitors = monitors;
        this.delivery = delivery;
    }

    void addLockListener(LockListener listener) {
        lockListeners.add(listener);
    }

    @Override
    public void onNotification(String method, Payload params) {
        try {
            if (MonitorMethod.fromNotification(method).isPresent()) {
                String monitorId = MethodCodec.monitorIdOf(params, method);
                DatabaseSchema schema = monitors.schemaOf(monitorId);
                if (schema == null) {
                    Holder.LOG.debug("dropping {} for monitor {}, which is not registered", method, monitorId);
                    return;
                }
                monitors.route(UpdateParser.parseNotification(method, params, schema));
            } else if ("locked".equals(method)) {
                String lockId = MethodCodec.parseLockNotification(params, method);
                lockListeners.forEach(l -> delivery.execute(() -> l.locked(lockId)));
            } else if ("stolen".equals(method)) {
                String lockId = MethodCodec.parseLockNotification(params, method);
                lockListeners.forEach(l -> delivery.execute(() -> l.stolen(lockId)));
            } else {
                Holder.LOG.debug("ignoring a {} notification", method);
            }
        } catch (OvsdbException e) {
            // a malformed notification is the server's bug; report it and keep the connection
            Holder.LOG.warn("could not decode a {} notification: {}", method, e.getMessage());
        }
    }

    /** The logger, created on first use: a short-lived process that logs nothing never starts the logging backend. */
    private static final class Holder {
        static final Logger LOG = LoggerFactory.getLogger(InboundRouter.class);
    }
}
