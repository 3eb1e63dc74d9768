package io.ovsguard.ovsdb.monitor;

/**
 * Receives a monitor's updates, one notification at a time, in the order the server sent them.
 * Runs on the client's delivery thread, never on the I/O thread (except a
 * {@link NonBlockingUpdateListener}, which asks to be called where the update is read).
 */
@FunctionalInterface
public interface UpdateListener {

    void onUpdate(MonitorNotification notification);
}
