package io.ovsguard.ovsdb;

import io.ovsguard.ovsdb.monitor.MonitorMethod;
import io.ovsguard.ovsdb.monitor.MonitorRequest;
import io.ovsguard.ovsdb.monitor.UpdateListener;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.op.Transaction;
import io.ovsguard.ovsdb.result.TransactResult;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One connection to an OVSDB server, with every RFC 7047 method and OVS's extensions, as an
 * asynchronous API. {@link BlockingOvsdbClient} is the same API, blocking.
 *
 * <p>Futures complete on the connection's I/O thread: dependent stages must be quick or move to an
 * executor of their own. Update and lock listeners run on one delivery thread per client, in
 * arrival order, never on the I/O thread.
 *
 * <p>Failures are {@link io.ovsguard.ovsdb.error.OvsdbException}s: a JSON-RPC error is an
 * {@link io.ovsguard.ovsdb.error.RpcErrorException}, no reply in time a
 * {@link io.ovsguard.ovsdb.error.RequestTimeoutException}, a dropped connection a
 * {@link io.ovsguard.ovsdb.error.ConnectionLostException} (an
 * {@link io.ovsguard.ovsdb.error.OutcomeUnknownException} for a transaction, which is never sent
 * again). A transaction whose operations failed is a successful call: inspect its
 * {@link TransactResult} or call {@link TransactResult#orThrow()}.
 */
public interface OvsdbClient extends AutoCloseable {

    /** The remote this client is connected to, in OVS syntax. */
    ConnectionSpec remote();

    /** Whether the connection is still open. */
    boolean isConnected();

    /** Completes when the connection has closed, for whatever reason. */
    CompletableFuture<Void> closeFuture();

    /** {@code list_dbs}. */
    CompletableFuture<List<String>> listDatabases();

    /** {@code get_schema}; cached per connection after the first call for a database. */
    CompletableFuture<DatabaseSchema> getSchema(String database);

    /** {@code transact} with the client's request timeout. Cancelling the future sends {@code cancel}. */
    CompletableFuture<TransactResult> transact(Transaction transaction);

    /**
     * {@code transact} with its own reply deadline, for transactions whose {@code wait} operations
     * may hold them at the server. Cancelling the future sends {@code cancel} to the server.
     */
    CompletableFuture<TransactResult> transact(Transaction transaction, Duration timeout);

    /**
     * Starts a monitor with the given method. The future completes with the subscription, which
     * holds the initial contents; {@code listener} then receives every later update in order. Updates
     * that the server sends before the monitor's reply are delivered after it.
     *
     * @param lastTxnId for {@link MonitorMethod#MONITOR_COND_SINCE}: resume after this transaction
     */
    CompletableFuture<MonitorSubscription> monitor(String database, MonitorMethod method,
            List<MonitorRequest> requests, Optional<Uuid> lastTxnId, UpdateListener listener);

    /** {@code monitor_cond_change}: replaces the where clauses of a conditional monitor; its columns stay. */
    CompletableFuture<Void> changeMonitorConditions(MonitorSubscription subscription, List<MonitorRequest> requests);

    /** {@code monitor_cancel}. No updates are delivered for the subscription afterwards. */
    CompletableFuture<Void> cancelMonitor(MonitorSubscription subscription);

    /**
     * {@code lock}: true if this client now holds the lock; false if it is queued, in which case
     * the {@link LockListener} hears {@code locked} when it gets it.
     */
    CompletableFuture<Boolean> lock(String lockId);

    /** {@code steal}: takes the lock from its holder, which hears {@code stolen}. */
    CompletableFuture<Boolean> steal(String lockId);

    /** {@code unlock}: gives the lock up, or leaves the queue for it. */
    CompletableFuture<Void> unlock(String lockId);

    /** Registers a listener for {@code locked} and {@code stolen} notifications. */
    void addLockListener(LockListener listener);

    /** {@code echo}: a round trip that proves the server is alive; completes with what it echoed. */
    CompletableFuture<List<String>> echo(String... payload);

    /**
     * {@code set_db_change_aware}: with true, the server keeps the connection open when a database
     * it serves changes (for example a clustered database's schema) and says so.
     */
    CompletableFuture<Void> setDbChangeAware(boolean aware);

    /** Closes the connection; pending calls fail with a connection-lost error. */
    CompletableFuture<Void> closeAsync();

    @Override
    void close();
}
