package io.ovsguard.ovsdb.monitor;

/**
 * Receives a monitor's updates, one notification at a time, in the order the server sent them.
 * Runs on the client's delivery thread, never on the I/O thread.
 */
@FunctionalInterface
public interface UpdateListener {

    void onUpdate(MonitorNotification notification);
}
