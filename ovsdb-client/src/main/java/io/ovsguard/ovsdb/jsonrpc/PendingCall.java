package io.ovsguard.ovsdb.jsonrpc;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * A request that was sent and awaits its response.
 *
 * @param id the request id the response must carry
 * @param method the request's method, for error messages and the transact rule on disconnect
 * @param future the endpoint's own future; callers only ever see a copy
 * @param timeout how long the call may wait for its response
 */
public record PendingCall(RequestId id, String method, CompletableFuture<Payload> future, Duration timeout) {

    public PendingCall {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(future, "future");
        Objects.requireNonNull(timeout, "timeout");
    }

    /** A transact's effect is unknown once it was sent, so it must never be replayed blindly. */
    public boolean isTransact() {
        return "transact".equals(method);
    }
}
