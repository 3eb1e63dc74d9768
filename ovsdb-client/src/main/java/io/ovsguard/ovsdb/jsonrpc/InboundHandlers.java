package io.ovsguard.ovsdb.jsonrpc;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an endpoint sends what the server initiates: notifications and requests.
 *
 * @param notifications receives every notification in arrival order
 * @param requests answers server requests other than {@code echo}
 */
public record InboundHandlers(NotificationListener notifications, ServerRequestHandler requests) {

    public InboundHandlers {
        Objects.requireNonNull(notifications, "notifications");
        Objects.requireNonNull(requests, "requests");
    }

    /** Notifications go to {@code listener}; server requests other than echo get "unknown method". */
    public static InboundHandlers of(NotificationListener listener) {
        return new InboundHandlers(listener, (method, params) -> Optional.empty());
    }

    /**
     * No listener: notifications are dropped (the endpoint logs them at debug level) and server
     * requests other than echo get "unknown method".
     */
    public static InboundHandlers none() {
        return of(NotificationListener.DROP);
    }
}
