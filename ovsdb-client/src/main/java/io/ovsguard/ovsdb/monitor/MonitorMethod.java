package io.ovsguard.ovsdb.monitor;

import java.util.Optional;

/**
 * The three monitor methods, newest first, with the notification each one produces: RFC 7047
 * {@code monitor} sends {@code update} (old and new values), OVS's {@code monitor_cond} sends
 * {@code update2} (diffs) and {@code monitor_cond_since} sends {@code update3} (diffs plus the
 * transaction id, so a reconnecting client can ask for only what it missed).
 */
public enum MonitorMethod {
    MONITOR_COND_SINCE("monitor_cond_since", "update3"),
    MONITOR_COND("monitor_cond", "update2"),
    MONITOR("monitor", "update");

    // one Optional per method, made once: every update notification is looked up here
    private static final Optional<MonitorMethod> UPDATE3 = Optional.of(MONITOR_COND_SINCE);
    private static final Optional<MonitorMethod> UPDATE2 = Optional.of(MONITOR_COND);
    private static final Optional<MonitorMethod> UPDATE = Optional.of(MONITOR);

    private final String wireName;
    private final String notificationMethod;

    MonitorMethod(String wireName, String notificationMethod) {
        this.wireName = wireName;
        this.notificationMethod = notificationMethod;
    }

    /** The JSON-RPC method name of the request. */
    public String wireName() {
        return wireName;
    }

    /** The JSON-RPC method name of the notifications it produces. */
    public String notificationMethod() {
        return notificationMethod;
    }

    /** True if requests may carry a {@code where} condition and updates are diffs. */
    public boolean isConditional() {
        return this != MONITOR;
    }

    /** The method whose notifications are called {@code method}, if any. */
    public static Optional<MonitorMethod> fromNotification(String method) {
        if (method == null) {
            return Optional.empty();
        }
        switch (method) {
            case "update3":
                return UPDATE3;
            case "update2":
                return UPDATE2;
            case "update":
                return UPDATE;
            default:
                return Optional.empty();
        }
    }
}
