package io.ovsguard.ovsdb.transport;

import io.netty.channel.Channel;
import io.ovsguard.ovsdb.ConnectionSpec;
import io.ovsguard.ovsdb.error.OvsdbException;
import io.ovsguard.ovsdb.jsonrpc.ConnectionLabel;
import io.ovsguard.ovsdb.jsonrpc.MessageCodec;
import io.ovsguard.ovsdb.jsonrpc.Payload;
import io.ovsguard.ovsdb.jsonrpc.RpcChannel;
import io.ovsguard.ovsdb.jsonrpc.RpcEndpoint;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One open JSON-RPC connection to an OVSDB peer: a channel and the {@link RpcEndpoint} that
 * speaks on it. Thread-safe. Futures complete on the connection's event loop.
 */
public final class RpcConnection implements RpcChannel {

    private final Channel channel;
    private final RpcEndpoint endpoint;
    private final ConnectionSpec remote;

    RpcConnection(Channel channel, RpcEndpoint endpoint, ConnectionSpec remote) {
        this.channel = channel;
        this.endpoint = endpoint;
        this.remote = remote;
    }

    /** Sends a request; see {@link RpcEndpoint#call(String, Payload, Duration)} for how it can fail. */
    public CompletableFuture<Payload> call(String method, Payload params) {
        return endpoint.call(method, params);
    }

    @Override
    public CompletableFuture<Payload> call(String method, Payload params, Duration timeout) {
        return endpoint.call(method, params, timeout);
    }

    /** A call that sends {@code cancel} to the server when its future is cancelled; see {@link RpcEndpoint}. */
    @Override
    public CompletableFuture<Payload> call(String method, Payload params, Duration timeout,
            java.util.function.Function<io.ovsguard.ovsdb.jsonrpc.RequestId, Payload> cancelParams) {
        return endpoint.call(method, params, timeout, cancelParams);
    }

    /** Sends a notification; the future completes once it is written. */
    public CompletableFuture<Void> notify(String method, Payload params) {
        return endpoint.notify(method, params);
    }

    /** Closes the connection; pending calls fail. The future completes once it is closed. */
    @Override
    public CompletableFuture<Void> close() {
        channel.close();
        return closeFuture();
    }

    /**
     * Completes once the connection is closed for any reason and every pending call has failed.
     * Never completes exceptionally; see {@link #failure()} for why it closed.
     */
    @Override
    public CompletableFuture<Void> closeFuture() {
        return endpoint.closedFuture();
    }

    /** The error that closed the connection, if it closed on an error rather than by request or by the peer. */
    public Optional<OvsdbException> failure() {
        return endpoint.failure();
    }

    @Override
    public boolean isOpen() {
        return channel.isActive();
    }

    /** The peer: for accepted connections, its address (or the listening socket for punix). */
    @Override
    public ConnectionSpec remote() {
        return remote;
    }

    public ConnectionLabel label() {
        return endpoint.label();
    }

    /** The prefix of this connection's log lines, e.g. {@code [ovsdb#2 unix:/run/openvswitch/db.sock]}. */
    @Override
    public String logPrefix() {
        return endpoint.label().logPrefix();
    }

    /** Calls that await their response. */
    public int pendingCalls() {
        return endpoint.pendingCount();
    }

    /** The codec of this connection, to build params and read results. */
    public MessageCodec codec() {
        return endpoint.codec();
    }

    @Override
    public String toString() {
        return logPrefix();
    }
}
