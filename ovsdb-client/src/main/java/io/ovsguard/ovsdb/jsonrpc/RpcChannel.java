package io.ovsguard.ovsdb.jsonrpc;

import io.ovsguard.ovsdb.ConnectionSpec;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * One JSON-RPC connection as the OVSDB methods see it: calls with replies, and its life. The Netty connection and
 * the direct (Netty-free) one both provide it, so the OVSDB protocol is written once on top.
 */
public interface RpcChannel {

    /** Sends a request; the future fails with a typed {@link io.ovsguard.ovsdb.error.OvsdbException}. */
    CompletableFuture<Payload> call(String method, Payload params, Duration timeout);

    /** Like {@link #call(String, Payload, Duration)}; cancelling the future sends the server {@code cancel}. */
    CompletableFuture<Payload> call(String method, Payload params, Duration timeout,
            Function<RequestId, Payload> cancelParams);

    /** Closes the connection; completes once it is closed. */
    CompletableFuture<Void> close();

    /** Completes when the connection is closed, by either side. */
    CompletableFuture<Void> closeFuture();

    boolean isOpen();

    ConnectionSpec remote();

    /** How log lines name this connection. */
    String logPrefix();
}
