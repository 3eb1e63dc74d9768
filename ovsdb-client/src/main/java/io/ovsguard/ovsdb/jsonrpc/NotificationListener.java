package io.ovsguard.ovsdb.jsonrpc;

/**
 * Receives the server's notifications ({@code update}, {@code update2}, {@code update3},
 * {@code locked}, {@code stolen}, ...) in arrival order.
 *
 * <p>Called on the connection's event loop: return quickly and hand real work to another
 * executor. An exception thrown here is logged and does not close the connection.
 */
@FunctionalInterface
public interface NotificationListener {

    /** Ignores every notification; the endpoint logs dropped ones at debug level. */
    NotificationListener DROP = (method, params) -> { };

    void onNotification(String method, Payload params);
}
