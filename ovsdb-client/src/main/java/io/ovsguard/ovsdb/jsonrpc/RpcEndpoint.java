package io.ovsguard.ovsdb.jsonrpc;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.EventLoop;
import io.ovsguard.ovsdb.error.ConnectionLostException;
import io.ovsguard.ovsdb.error.OutcomeUnknownException;
import io.ovsguard.ovsdb.error.OvsdbException;
import io.ovsguard.ovsdb.error.ProtocolException;
import io.ovsguard.ovsdb.error.RequestTimeoutException;
import io.ovsguard.ovsdb.error.RpcErrorException;
import io.ovsguard.ovsdb.jsonrpc.JsonRpcMessage.Notification;
import io.ovsguard.ovsdb.jsonrpc.JsonRpcMessage.Request;
import io.ovsguard.ovsdb.jsonrpc.JsonRpcMessage.Response;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON-RPC 1.0 side of one OVSDB connection: numbers requests, matches responses to them by
 * id, expires calls that get no response, answers the server's {@code echo}, and routes
 * notifications and other server requests to {@link InboundHandlers}.
 *
 * <p>All state changes happen on the channel's event loop, so the futures returned by
 * {@link #call} complete there too: dependent stages must be quick or move to another executor.
 * Callers get a copy of each future, so completing or cancelling it does not affect the endpoint.
 *
 * <p>When the connection closes, every pending call fails with {@link ConnectionLostException},
 * except {@code transact}, which fails with {@link OutcomeUnknownException} because it may have
 * committed. Nothing is ever resent.
 */
public final class RpcEndpoint {

    private static final Logger log = LoggerFactory.getLogger(RpcEndpoint.class);
    private static final int TRACE_CHARS = 300;
    /** The largest message written as its own heap chunks (see {@link #write}). */
    static final int WRAPPED_BYTES = 64 * 1024;
    private static final RpcError INTERNAL_ERROR = new RpcError("internal error", Optional.empty(), "\"internal error\"");

    private final Channel channel;
    private final MessageCodec codec;
    private final Duration defaultTimeout;
    private final InboundHandlers handlers;
    private final ConnectionLabel label;
    private final AtomicLong nextId = new AtomicLong();
    private final PendingCalls pending = new PendingCalls();
    private final CallDeadlines deadlines;
    /** Written on the event loop only. */
    private boolean closed;
    private volatile OvsdbException failure;
    private final CompletableFuture<Void> closedFuture = new CompletableFuture<>();

    public RpcEndpoint(Channel channel, MessageCodec codec, Duration defaultTimeout, InboundHandlers handlers,
            ConnectionLabel label) {
        this.channel = Objects.requireNonNull(channel, "channel");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.defaultTimeout = requirePositive(defaultTimeout);
        this.handlers = Objects.requireNonNull(handlers, "handlers");
        this.label = Objects.requireNonNull(label, "label");
        this.deadlines = new CallDeadlines(channel, pending::contains, this::expire);
    }

    /** Sends a request and returns a future for its result, which times out after the default timeout. */
    public CompletableFuture<Payload> call(String method, Payload params) {
        return call(method, params, defaultTimeout);
    }

    /**
     * Sends a request and returns a future for its result.
     *
     * <p>The future fails with {@link RpcErrorException} if the server answers with an error,
     * {@link RequestTimeoutException} if no response arrives within {@code timeout}, and
     * {@link ConnectionLostException} (or {@link OutcomeUnknownException} for {@code transact}) if
     * the connection closes first.
     */
    public CompletableFuture<Payload> call(String method, Payload params, Duration timeout) {
        Objects.requireNonNull(method, "method");
        requirePositive(timeout);
        RequestId id = RequestId.of(nextId.getAndIncrement());
        CompletableFuture<Payload> internal = new CompletableFuture<>();
        ByteBuffer[] frame;
        try {
            frame = codec.encodeUtf8(new Request(id, method, params));
        } catch (RuntimeException e) {
            internal.completeExceptionally(e);
            return copyOf(internal);
        }
        onEventLoop(() -> start(id, method, frame, timeout, internal), internal);
        return copyOf(internal);
    }

    /**
     * Like {@link #call(String, Payload, Duration)}, but cancelling the returned future also asks
     * the server to cancel the request (RFC 7047 section 4.1.4): a {@code cancel} notification
     * whose params {@code cancelParams} builds from the request's id. The server then answers the
     * request with a {@code canceled} error, which retires it here.
     */
    public CompletableFuture<Payload> call(String method, Payload params, Duration timeout,
            java.util.function.Function<RequestId, Payload> cancelParams) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(cancelParams, "cancelParams");
        requirePositive(timeout);
        RequestId id = RequestId.of(nextId.getAndIncrement());
        ByteBuffer[] frame = codec.encodeUtf8(new Request(id, method, params));
        CompletableFuture<Payload> internal = new CompletableFuture<>();
        onEventLoop(() -> start(id, method, frame, timeout, internal), internal);
        CompletableFuture<Payload> copy = copyOf(internal);
        copy.whenComplete((value, error) -> {
            if (copy.isCancelled() && !internal.isDone()) {
                notify("cancel", cancelParams.apply(id));
            }
        });
        return copy;
    }

    /** Sends a notification (a request with a null id, which gets no response). */
    public CompletableFuture<Void> notify(String method, Payload params) {
        ByteBuffer[] frame = codec.encodeUtf8(new Notification(method, params));
        CompletableFuture<Void> written = new CompletableFuture<>();
        onEventLoop(() -> {
            if (closed) {
                written.completeExceptionally(notConnected(method));
                return;
            }
            write(frame).addListener(f -> {
                if (f.isSuccess()) {
                    written.complete(null);
                } else {
                    written.completeExceptionally(new ConnectionLostException(
                            "could not send " + method + " to " + label.peer() + ": " + f.cause(), f.cause()));
                }
            });
        }, written);
        return copyOf(written);
    }

    /**
     * Handles one complete JSON text from the server. Call on the event loop.
     *
     * @throws ProtocolException if the text is not a JSON-RPC message; the caller closes the connection
     */
    public void receive(String frame) {
        if (log.isTraceEnabled()) {
            log.trace("{} <- {}", label, abbreviate(frame));
        }
        JsonRpcMessage message = codec.decode(frame);
        if (message instanceof Response response) {
            onResponse(response);
        } else if (message instanceof Request request) {
            onRequest(request);
        } else if (message instanceof Notification notification) {
            onNotification(notification);
        }
    }

    /**
     * Remembers why the connection is about to close, if it is the first reason given. Call
     * before closing the channel on an error.
     */
    public void recordFailure(OvsdbException cause) {
        if (failure == null) {
            failure = cause;
        }
    }

    /**
     * Fails every pending call because the connection closed, and refuses new ones. Call on the
     * event loop when the channel becomes inactive.
     */
    public void connectionClosed() {
        if (closed) {
            return;
        }
        closed = true;
        OvsdbException cause = failure;
        deadlines.clear();
        for (PendingCall call : pending.drain()) {
            call.future().completeExceptionally(lostReply(call, cause));
        }
        closedFuture.complete(null);
    }

    /** Completes after the connection closed and every pending call failed. Never fails. */
    public CompletableFuture<Void> closedFuture() {
        return copyOf(closedFuture);
    }

    /** Why the connection closed, if it closed on an error rather than on request or by the peer. */
    public Optional<OvsdbException> failure() {
        return Optional.ofNullable(failure);
    }

    /** Calls sent and not yet answered, expired or failed. Safe from any thread. */
    public int pendingCount() {
        return pending.size();
    }

    public ConnectionLabel label() {
        return label;
    }

    public MessageCodec codec() {
        return codec;
    }

    private void start(RequestId id, String method, ByteBuffer[] frame, Duration timeout,
            CompletableFuture<Payload> future) {
        if (closed) {
            future.completeExceptionally(notConnected(method));
            return;
        }
        pending.add(new PendingCall(id, method, future, timeout));
        deadlines.track(id, timeout.toNanos());
        write(frame).addListener(f -> {
            if (!f.isSuccess()) {
                // The request never left, so even a transact certainly did not run.
                pending.remove(id).ifPresent(call -> fail(call, new ConnectionLostException(
                        "could not send " + method + " to " + label.peer() + ": " + f.cause(), f.cause())));
            }
        });
    }

    /**
     * Writes one encoded message. A message of up to {@link #WRAPPED_BYTES} leaves as its chunks,
     * wrapped, not copied. A larger one is copied into one direct buffer, freed once written: the
     * JDK would otherwise copy each heap chunk into a temporary direct buffer of its own and keep
     * every one of them cached for the event-loop thread (2 MB for a 10,000-port transaction),
     * where the next socket write reuses only a few.
     */
    private io.netty.channel.ChannelFuture write(ByteBuffer[] frame) {
        if (log.isTraceEnabled()) {
            log.trace("{} -> {}", label, abbreviate(textOf(frame)));
        }
        long size = 0;
        for (ByteBuffer chunk : frame) {
            size += chunk.remaining();
        }
        if (size <= WRAPPED_BYTES) {
            return channel.writeAndFlush(Unpooled.wrappedBuffer(frame));
        }
        ByteBuf direct = channel.alloc().directBuffer((int) size, (int) size);
        for (ByteBuffer chunk : frame) {
            direct.writeBytes(chunk.duplicate());
        }
        return channel.writeAndFlush(direct);
    }

    private static String textOf(ByteBuffer[] frame) {
        StringBuilder text = new StringBuilder();
        for (ByteBuffer chunk : frame) {
            text.append(StandardCharsets.UTF_8.decode(chunk.duplicate()));
        }
        return text.toString();
    }

    private void expire(RequestId id) {
        pending.remove(id).ifPresent(call -> call.future().completeExceptionally(new RequestTimeoutException(
                "no reply to " + call.method() + " from " + label.peer() + " within " + call.timeout().toMillis()
                        + " ms (request id " + id + ")")));
    }

    private void onResponse(Response response) {
        Optional<PendingCall> call = pending.remove(response.id());
        if (call.isEmpty()) {
            log.warn("{} ignoring a response to request id {}, which is not pending (it timed out or was never sent)",
                    label, response.id());
            return;
        }
        PendingCall pendingCall = call.get();
        deadlines.forgetAnswered();
        if (response.error().isPresent()) {
            pendingCall.future().completeExceptionally(new RpcErrorException(pendingCall.method(), response.error().get()));
        } else {
            pendingCall.future().complete(response.result().orElseThrow());
        }
    }

    private void onRequest(Request request) {
        if ("echo".equals(request.method())) {
            reply(Response.success(request.id(), request.params()));
            return;
        }
        Response response;
        try {
            response = handlers.requests().handle(request.method(), request.params())
                    .map(result -> Response.success(request.id(), result))
                    .orElseGet(() -> Response.failure(request.id(), RpcError.UNKNOWN_METHOD));
        } catch (RpcErrorException e) {
            response = Response.failure(request.id(), e.error());
        } catch (RuntimeException e) {
            log.error("{} the handler for the server's {} request failed; replying with an error", label,
                    request.method(), e);
            response = Response.failure(request.id(), INTERNAL_ERROR);
        }
        reply(response);
    }

    private void onNotification(Notification notification) {
        if (handlers.notifications() == NotificationListener.DROP) {
            log.debug("{} dropping {} notification: no listener", label, notification.method());
            return;
        }
        try {
            handlers.notifications().onNotification(notification.method(), notification.params());
        } catch (RuntimeException e) {
            // A broken listener must not take the connection down with it.
            log.error("{} the listener for {} notifications failed", label, notification.method(), e);
        }
    }

    private void reply(Response response) {
        if (!closed) {
            write(codec.encodeUtf8(response));
        }
    }

    private ConnectionLostException lostReply(PendingCall call, OvsdbException cause) {
        String why = cause == null ? "" : ": " + cause.getMessage();
        if (call.isTransact()) {
            return new OutcomeUnknownException("the connection to " + label.peer()
                    + " was lost before the reply to transact (request id " + call.id()
                    + "); it may or may not have committed" + why, cause);
        }
        return new ConnectionLostException("the connection to " + label.peer() + " was lost before the reply to "
                + call.method() + " (request id " + call.id() + ")" + why, cause);
    }

    private ConnectionLostException notConnected(String method) {
        OvsdbException cause = failure;
        return new ConnectionLostException("cannot send " + method + ": the connection to " + label.peer()
                + " is closed" + (cause == null ? "" : " (" + cause.getMessage() + ")"), cause);
    }

    private void fail(PendingCall call, OvsdbException error) {
        call.future().completeExceptionally(error);
    }

    private void onEventLoop(Runnable task, CompletableFuture<?> future) {
        EventLoop loop = channel.eventLoop();
        if (loop.inEventLoop()) {
            task.run();
            return;
        }
        try {
            loop.execute(task);
        } catch (RejectedExecutionException e) {
            future.completeExceptionally(new ConnectionLostException(
                    "the event loop of the connection to " + label.peer() + " has shut down", e));
        }
    }

    /** A future the caller may complete or cancel without touching the endpoint's own. */
    private static <T> CompletableFuture<T> copyOf(CompletableFuture<T> internal) {
        CompletableFuture<T> copy = new CompletableFuture<>();
        internal.whenComplete((value, error) -> {
            if (error == null) {
                copy.complete(value);
            } else {
                copy.completeExceptionally(error);
            }
        });
        return copy;
    }

    private static Duration requirePositive(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        return timeout;
    }

    private static String abbreviate(String frame) {
        return frame.length() <= TRACE_CHARS ? frame : frame.substring(0, TRACE_CHARS) + "... (" + frame.length() + " chars)";
    }
}
