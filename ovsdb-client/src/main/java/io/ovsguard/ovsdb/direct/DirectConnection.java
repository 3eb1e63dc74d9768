package io.ovsguard.ovsdb.direct;

import io.ovsguard.ovsdb.ConnectionSpec;
import io.ovsguard.ovsdb.error.ConnectionLostException;
import io.ovsguard.ovsdb.error.OvsdbException;
import io.ovsguard.ovsdb.error.RequestTimeoutException;
import io.ovsguard.ovsdb.error.RpcErrorException;
import io.ovsguard.ovsdb.jsonrpc.JsonRpcMessage;
import io.ovsguard.ovsdb.jsonrpc.JsonRpcMessage.Notification;
import io.ovsguard.ovsdb.jsonrpc.JsonRpcMessage.Request;
import io.ovsguard.ovsdb.jsonrpc.JsonRpcMessage.Response;
import io.ovsguard.ovsdb.jsonrpc.MessageCodec;
import io.ovsguard.ovsdb.jsonrpc.NotificationListener;
import io.ovsguard.ovsdb.jsonrpc.Payload;
import io.ovsguard.ovsdb.jsonrpc.RpcChannel;
import io.ovsguard.ovsdb.jsonrpc.RequestId;
import io.ovsguard.ovsdb.jsonrpc.RpcError;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JSON-RPC 1.0 over one blocking channel: callers write their requests themselves (under a lock), one reader
 * thread reads every message, completes the matching call, answers the server's {@code echo} and hands
 * notifications to a listener. A timer thread fails calls whose reply does not come in time. When the channel
 * closes, pending calls fail as with the Netty endpoint: {@code transact} with an outcome-unknown error, the
 * others with connection-lost.
 */
final class DirectConnection implements RpcChannel {

    private static final long JOIN_MILLIS = 5_000;

    private final ByteChannel channel;
    private final ConnectionSpec remote;
    private final MessageCodec codec;
    private final NotificationListener notifications;
    private final FrameReader frames;
    private final PendingReplies pending = new PendingReplies();
    private final AtomicLong nextId = new AtomicLong();
    private final Object writeLock = new Object();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private final ExpiryTimer timer;
    private final Thread reader;
    private volatile boolean closing;

    private DirectConnection(ByteChannel channel, ConnectionSpec remote, MessageCodec codec, int maxMessageBytes,
            NotificationListener notifications) {
        this.channel = channel;
        this.remote = remote;
        this.codec = codec;
        this.notifications = notifications;
        this.frames = new FrameReader(channel, maxMessageBytes);
        this.timer = new ExpiryTimer("ovsdb-direct-timer " + remote);
        this.reader = daemon("ovsdb-direct-reader " + remote).newThread(this::readLoop);
    }

    /** Starts reading from {@code channel}, a connected blocking channel that this connection now owns. */
    static DirectConnection start(ByteChannel channel, ConnectionSpec remote, MessageCodec codec,
            int maxMessageBytes, NotificationListener notifications) {
        DirectConnection connection = new DirectConnection(channel, remote, codec, maxMessageBytes, notifications);
        connection.reader.start();
        return connection;
    }

    @Override
    public ConnectionSpec remote() {
        return remote;
    }

    @Override
    public boolean isOpen() {
        return !pending.isClosed() && channel.isOpen();
    }

    @Override
    public CompletableFuture<Void> closeFuture() {
        return closed;
    }

    /** Sends a request; its future fails with {@link RpcErrorException}, {@link RequestTimeoutException} or a lost connection. */
    @Override
    public CompletableFuture<Payload> call(String method, Payload params, Duration timeout) {
        return send(RequestId.of(nextId.getAndIncrement()), method, params, timeout);
    }

    /**
     * Like {@link #call(String, Payload, Duration)}; cancelling the returned future also sends the server a
     * {@code cancel} notification for the request (RFC 7047 section 4.1.4).
     */
    @Override
    public CompletableFuture<Payload> call(String method, Payload params, Duration timeout,
            Function<RequestId, Payload> cancelParams) {
        RequestId id = RequestId.of(nextId.getAndIncrement());
        CompletableFuture<Payload> future = send(id, method, params, timeout);
        future.whenComplete((value, error) -> {
            if (future.isCancelled() && pending.remove(id).isPresent() && isOpen()) {
                try {
                    notify("cancel", cancelParams.apply(id));
                } catch (ConnectionLostException e) {
                    Holder.LOG.debug("could not cancel {} request {}", method, id, e);
                }
            }
        });
        return future;
    }

    private CompletableFuture<Payload> send(RequestId id, String method, Payload params, Duration timeout) {
        CompletableFuture<Payload> future = new CompletableFuture<>();
        ByteBuffer[] frame;
        try {
            frame = codec.encodeUtf8(new Request(id, method, params));
        } catch (RuntimeException e) {
            future.completeExceptionally(e);
            return future;
        }
        ExpiryTimer.Task expiry;
        try {
            expiry = timer.schedule(() -> expire(id, timeout), timeout);
        } catch (RejectedExecutionException e) {
            // the timer stops when the connection closes
            future.completeExceptionally(notConnected(method));
            return future;
        }
        if (!pending.add(new PendingReplies.Call(id, method, future, expiry))) {
            expiry.cancel();
            future.completeExceptionally(notConnected(method));
            return future;
        }
        try {
            write(frame);
        } catch (ConnectionLostException e) {
            // never sent, so even a transact certainly did not run
            pending.remove(id).ifPresent(call -> call.future().completeExceptionally(e));
        }
        return future;
    }

    /** Sends a notification (no reply); throws {@link ConnectionLostException} if it cannot be written. */
    void notify(String method, Payload params) {
        write(codec.encodeUtf8(new Notification(method, params)));
    }

    @Override
    public String logPrefix() {
        return "[direct " + remote + "]";
    }

    /** Closes the channel and stops the reader and timer threads; completes once the connection is closed. */
    @Override
    public CompletableFuture<Void> close() {
        closing = true;
        closeChannel();
        if (Thread.currentThread() != reader) {
            try {
                reader.join(JOIN_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        timer.stop();
        return closed;
    }

    private void readLoop() {
        OvsdbException cause;
        try {
            while (true) {
                receive(frames.next());
            }
        } catch (OvsdbException e) {
            cause = e;
        } catch (IOException e) {
            cause = new ConnectionLostException("reading from " + remote + " failed: " + e, e);
        } catch (RuntimeException e) {
            cause = new OvsdbException("the reader of the connection to " + remote + " failed: " + e, e);
        }
        if (closing) {
            cause = new ConnectionLostException("the connection to " + remote + " was closed by the client");
        } else {
            Holder.LOG.debug("connection to {} ended", remote, cause);
        }
        closeChannel();
        pending.close(cause, remote.toString());
        timer.stop();
        closed.complete(null);
    }

    private void receive(String frame) {
        JsonRpcMessage message = codec.decode(frame);
        if (message instanceof Response response) {
            pending.remove(response.id()).ifPresentOrElse(call -> {
                if (response.error().isPresent()) {
                    call.future().completeExceptionally(new RpcErrorException(call.method(), response.error().get()));
                } else {
                    call.future().complete(response.result().orElseThrow());
                }
            }, () -> Holder.LOG.debug("ignoring a reply to request {}, which is not pending", response.id()));
        } else if (message instanceof Request request) {
            Response reply = "echo".equals(request.method())
                    ? Response.success(request.id(), request.params())
                    : Response.failure(request.id(), RpcError.UNKNOWN_METHOD);
            write(codec.encodeUtf8(reply));
        } else if (message instanceof Notification notification) {
            try {
                notifications.onNotification(notification.method(), notification.params());
            } catch (RuntimeException e) {
                // a broken listener must not take the connection down with it
                Holder.LOG.error("the listener for {} notifications from {} failed", notification.method(), remote, e);
            }
        }
    }

    /** Writes a frame as the codec encoded it: UTF-8 chunks, never copied into one text or array first. */
    private void write(ByteBuffer[] frame) {
        synchronized (writeLock) {
            try {
                for (ByteBuffer chunk : frame) {
                    while (chunk.hasRemaining()) {
                        channel.write(chunk);
                    }
                }
            } catch (IOException e) {
                closeChannel();
                throw new ConnectionLostException("could not write to " + remote + ": " + e, e);
            }
        }
    }

    private void expire(RequestId id, Duration timeout) {
        pending.remove(id).ifPresent(call -> call.future().completeExceptionally(new RequestTimeoutException(
                "no reply to " + call.method() + " from " + remote + " within " + timeout.toMillis()
                        + " ms (request id " + id + ")")));
    }

    private ConnectionLostException notConnected(String method) {
        String why = pending.closedBy().map(c -> " (" + c.getMessage() + ")").orElse("");
        return new ConnectionLostException("cannot send " + method + ": the connection to " + remote + " is closed"
                + why);
    }

    private void closeChannel() {
        try {
            channel.close();
        } catch (IOException e) {
            Holder.LOG.debug("closing the connection to {} failed", remote, e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The logger, created on first use: a command-line run that logs nothing never starts the logging backend. */
    private static final class Holder {
        static final Logger LOG = LoggerFactory.getLogger(DirectConnection.class);
    }
}
