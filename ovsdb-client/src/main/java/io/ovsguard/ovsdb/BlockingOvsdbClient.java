package io.ovsguard.ovsdb;

import io.ovsguard.ovsdb.error.OvsdbException;
import io.ovsguard.ovsdb.error.RequestTimeoutException;
import io.ovsguard.ovsdb.monitor.MonitorMethod;
import io.ovsguard.ovsdb.monitor.MonitorRequest;
import io.ovsguard.ovsdb.monitor.UpdateListener;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.op.Transaction;
import io.ovsguard.ovsdb.result.TransactResult;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.ovsdb.transport.IoThreads;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The {@link OvsdbClient} API, blocking: each method waits for its asynchronous twin, at most the
 * request timeout plus a grace period (the async call has its own deadline; this one only guards
 * against a lost completion), and throws the {@link OvsdbException} the call failed with.
 * Refuses to block on an I/O thread, where waiting would deadlock the connection.
 */
public final class BlockingOvsdbClient implements AutoCloseable {

    /** Time beyond a call's own deadline that the facade waits before it gives up itself. */
    private static final Duration GRACE = Duration.ofSeconds(5);

    private final OvsdbClient async;
    private final Duration wait;

    private BlockingOvsdbClient(OvsdbClient async, Duration requestTimeout) {
        this.async = Objects.requireNonNull(async, "async");
        this.wait = requestTimeout.plus(GRACE);
    }

    public static BlockingOvsdbClient of(OvsdbClient async, ClientOptions options) {
        return new BlockingOvsdbClient(async, options.requestTimeout());
    }

    /** The asynchronous client underneath. */
    public OvsdbClient async() {
        return async;
    }

    public ConnectionSpec remote() {
        return async.remote();
    }

    public boolean isConnected() {
        return async.isConnected();
    }

    public List<String> listDatabases() {
        return await(async.listDatabases(), wait, "list_dbs");
    }

    public DatabaseSchema getSchema(String database) {
        return await(async.getSchema(database), wait, "get_schema");
    }

    /**
     * {@link #getSchema(String)}, waiting at most {@code timeout}. Giving up leaves the request running for the
     * connection's other callers, which share one fetch per database.
     *
     * @throws io.ovsguard.ovsdb.error.RequestTimeoutException if the schema has not arrived in time
     */
    public DatabaseSchema getSchema(String database, Duration timeout) {
        return await(async.getSchema(database).thenApply(schema -> schema), timeout, "get_schema");
    }

    public TransactResult transact(Transaction transaction) {
        return await(async.transact(transaction), wait, "transact");
    }

    public TransactResult transact(Transaction transaction, Duration timeout) {
        return await(async.transact(transaction, timeout), timeout.plus(GRACE), "transact");
    }

    public MonitorSubscription monitor(String database, MonitorMethod method, List<MonitorRequest> requests,
            Optional<Uuid> lastTxnId, UpdateListener listener) {
        return await(async.monitor(database, method, requests, lastTxnId, listener), wait, method.wireName());
    }

    public void changeMonitorConditions(MonitorSubscription subscription, List<MonitorRequest> requests) {
        await(async.changeMonitorConditions(subscription, requests), wait, "monitor_cond_change");
    }

    public void cancelMonitor(MonitorSubscription subscription) {
        await(async.cancelMonitor(subscription), wait, "monitor_cancel");
    }

    public boolean lock(String lockId) {
        return await(async.lock(lockId), wait, "lock");
    }

    public boolean steal(String lockId) {
        return await(async.steal(lockId), wait, "steal");
    }

    public void unlock(String lockId) {
        await(async.unlock(lockId), wait, "unlock");
    }

    public void addLockListener(LockListener listener) {
        async.addLockListener(listener);
    }

    public List<String> echo(String... payload) {
        return await(async.echo(payload), wait, "echo");
    }

    public void setDbChangeAware(boolean aware) {
        await(async.setDbChangeAware(aware), wait, "set_db_change_aware");
    }

    @Override
    public void close() {
        async.close();
    }

    /** Waits for a future and turns its failure into the {@link OvsdbException} it carries. */
    static <T> T await(CompletableFuture<T> future, Duration limit, String what) {
        if (IoThreads.isIoThread()) {
            throw new IllegalStateException("blocking " + what + " on an OVSDB I/O thread would deadlock;"
                    + " use the asynchronous client there");
        }
        try {
            return future.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException | CompletionException e) {
            throw unwrap(e.getCause() == null ? e : e.getCause(), what);
        } catch (TimeoutException e) {
            future.cancel(false);
            throw new RequestTimeoutException(what + " did not complete within " + limit.toMillis() + " ms");
        } catch (CancellationException e) {
            throw new OvsdbException(what + " was cancelled", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(false);
            throw new OvsdbException("interrupted while waiting for " + what, e);
        }
    }

    private static RuntimeException unwrap(Throwable cause, String what) {
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        return new OvsdbException(what + " failed: " + cause, cause);
    }
}
