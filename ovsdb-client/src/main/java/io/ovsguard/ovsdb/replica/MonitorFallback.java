package io.ovsguard.ovsdb.replica;

import io.ovsguard.ovsdb.error.RpcErrorException;
import io.ovsguard.ovsdb.monitor.MonitorMethod;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * Which monitor method to try after the server refused one: {@code monitor_cond_since}, then
 * {@code monitor_cond}, then {@code monitor}; decided only from the JSON-RPC error value ("unknown
 * method"), never from a message text.
 */
final class MonitorFallback {

    private MonitorFallback() {
    }

    static Optional<MonitorMethod> after(MonitorMethod refused, Throwable error) {
        Throwable cause = error;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (!(cause instanceof RpcErrorException rpc) || !rpc.error().isUnknownMethod()) {
            return Optional.empty();
        }
        if (refused == MonitorMethod.MONITOR_COND_SINCE) {
            return Optional.of(MonitorMethod.MONITOR_COND);
        }
        if (refused == MonitorMethod.MONITOR_COND) {
            return Optional.of(MonitorMethod.MONITOR);
        }
        return Optional.empty();
    }
}
