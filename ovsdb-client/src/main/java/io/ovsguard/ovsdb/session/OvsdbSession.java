package io.ovsguard.ovsdb.session;

import io.ovsguard.ovsdb.OvsdbClient;
import io.ovsguard.ovsdb.error.OutcomeUnknownException;
import io.ovsguard.ovsdb.error.RequestTimeoutException;
import io.ovsguard.ovsdb.op.Transaction;
import io.ovsguard.ovsdb.result.TransactResult;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A connection to an OVSDB server that outlives its connections: it reconnects with capped
 * exponential backoff and jitter, re-runs its {@link ConnectionHook}s (monitors, locks) on every
 * new connection, and reports its {@link SessionState}.
 *
 * <p>A transaction is sent once, never replayed: if the connection drops (or the reply does not
 * come in time) it fails with {@link OutcomeUnknownException}; {@link #transact(Transaction,
 * OutcomeCheck)} settles such an outcome by checking the database through the next connection.
 *
 * <p>A dead peer is detected by the connection's inactivity probe, which the connector's
 * {@link io.ovsguard.ovsdb.ClientOptions} configure: with probe interval {@code p}, a silent peer
 * is dropped after at most {@code 2p} and the session reconnects.
 */
public final class OvsdbSession implements AutoCloseable {

    private final ReconnectLoop loop;
    private final SessionOptions options;
    private final SessionLocks locks = new SessionLocks();
    private final OutcomeResolver resolver;

    private OvsdbSession(SessionConnector connector, SessionOptions options) {
        this.options = options;
        this.loop = new ReconnectLoop(connector, options,
                "ovsdb-session-" + Integer.toHexString(System.identityHashCode(this)));
        this.resolver = new OutcomeResolver(this::client, options.outcomeCheckWait(), loop.events());
    }

    /** Starts a session; it connects in the background. */
    public static OvsdbSession start(SessionConnector connector, SessionOptions options) {
        Objects.requireNonNull(connector, "connector");
        Objects.requireNonNull(options, "options");
        OvsdbSession session = new OvsdbSession(connector, options);
        session.loop.addHook(session.locks);
        session.loop.start();
        return session;
    }

    public SessionState state() {
        return loop.state();
    }

    public SessionOptions options() {
        return options;
    }

    /** Listeners hear every later change, in order, on the session's listener thread. */
    public void addStateListener(SessionStateListener listener) {
        loop.addStateListener(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Runs {@code hook} on every new connection before the session counts as connected, and on the
     * current one if connected now. The future completes when it has run once.
     */
    public CompletableFuture<Void> addConnectionHook(ConnectionHook hook) {
        return loop.addHook(Objects.requireNonNull(hook, "hook"));
    }

    /** The connected client, now or within {@link SessionOptions#connectWait()}. */
    public CompletableFuture<OvsdbClient> client() {
        return loop.client(options.connectWait());
    }

    /**
     * Sends {@code transaction} once, on the current connection (waiting for one if needed). Fails with
     * {@link OutcomeUnknownException} if the reply is lost or late; any other failure means it was not
     * committed. Operation failures are in the result, as with {@link OvsdbClient#transact}.
     */
    public CompletableFuture<TransactResult> transact(Transaction transaction) {
        return transact(transaction, new java.util.concurrent.atomic.AtomicReference<>());
    }

    private CompletableFuture<TransactResult> transact(Transaction transaction,
            java.util.concurrent.atomic.AtomicReference<OvsdbClient> sentOn) {
        Objects.requireNonNull(transaction, "transaction");
        return client().thenCompose(client -> {
            sentOn.set(client);
            return client.transact(transaction);
        })
                .exceptionally(error -> {
                    Throwable cause = unwrap(error);
                    if (cause instanceof RequestTimeoutException timeout) {
                        throw new OutcomeUnknownException("no reply to transact in time; it may or may not have "
                                + "committed", timeout);
                    }
                    throw cause instanceof RuntimeException r ? r : new CompletionException(cause);
                });
    }

    /**
     * Like {@link #transact(Transaction)}, but an unknown outcome is settled with {@code check} on a
     * later connection. Other failures (not connected in time, a schema error) still fail the
     * future; the transaction was then not committed.
     */
    public CompletableFuture<TransactOutcome> transact(Transaction transaction, OutcomeCheck check) {
        Objects.requireNonNull(check, "check");
        java.util.concurrent.atomic.AtomicReference<OvsdbClient> sentOn = new java.util.concurrent.atomic.AtomicReference<>();
        return transact(transaction, sentOn).handle((result, error) -> {
            if (error == null) {
                return CompletableFuture.<TransactOutcome>completedFuture(result.isSuccess()
                        ? new TransactOutcome.Committed(java.util.Optional.of(result))
                        : new TransactOutcome.Rejected(result));
            }
            Throwable cause = unwrap(error);
            if (cause instanceof OutcomeUnknownException unknown) {
                return resolver.resolve(unknown, check, sentOn.get());
            }
            return CompletableFuture.<TransactOutcome>failedFuture(cause);
        }).thenCompose(f -> f);
    }

    /**
     * Asks for {@code lockId} now and after every reconnect. True if held now; false if queued (see
     * {@link #holdsLock}).
     */
    public CompletableFuture<Boolean> lock(String lockId) {
        return locks.lock(Objects.requireNonNull(lockId, "lockId"), client());
    }

    /** Gives up {@code lockId} and stops asking for it. */
    public CompletableFuture<Void> unlock(String lockId) {
        return locks.unlock(Objects.requireNonNull(lockId, "lockId"), client());
    }

    /** Whether this session holds {@code lockId} on its current connection. */
    public boolean holdsLock(String lockId) {
        return state() == SessionState.CONNECTED && locks.holds(lockId);
    }

    /** Stops reconnecting and closes the current connection. */
    public CompletableFuture<Void> closeAsync() {
        return loop.close();
    }

    @Override
    public void close() {
        loop.close().join();
    }

    static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
