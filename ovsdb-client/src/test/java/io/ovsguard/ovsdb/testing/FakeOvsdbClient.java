package io.ovsguard.ovsdb.testing;

import io.ovsguard.ovsdb.ConnectionSpec;
import io.ovsguard.ovsdb.LockListener;
import io.ovsguard.ovsdb.MonitorSubscription;
import io.ovsguard.ovsdb.OvsdbClient;
import io.ovsguard.ovsdb.error.OutcomeUnknownException;
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
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A scripted {@link OvsdbClient} for unit tests of the session and replica: the test decides how
 * every call ends, and sees every call made. Protocol behaviour itself is tested against the real
 * ovsdb-server; this only drives the logic above the client.
 */
public final class FakeOvsdbClient implements OvsdbClient {

    /** One monitor call: its arguments and the future the test completes. */
    public record MonitorCall(MonitorMethod method, List<MonitorRequest> requests, Optional<Uuid> lastTxnId,
            UpdateListener listener, CompletableFuture<MonitorSubscription> reply) {
    }

    /** One transact call and the future the test completes. */
    public record TransactCall(Transaction transaction, CompletableFuture<TransactResult> reply) {
    }

    private final String name;
    private final DatabaseSchema schema;
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    public final List<MonitorCall> monitors = new CopyOnWriteArrayList<>();
    public final List<TransactCall> transactions = new CopyOnWriteArrayList<>();
    public final List<MonitorSubscription> cancelled = new CopyOnWriteArrayList<>();
    public final List<String> locks = new CopyOnWriteArrayList<>();

    public FakeOvsdbClient(String name, DatabaseSchema schema) {
        this.name = name;
        this.schema = schema;
    }

    /** The server went away: pending transactions fail with an unknown outcome. */
    public void drop() {
        for (TransactCall call : transactions) {
            call.reply().completeExceptionally(new OutcomeUnknownException("dropped", null));
        }
        for (MonitorCall call : monitors) {
            call.reply().completeExceptionally(new io.ovsguard.ovsdb.error.ConnectionLostException("dropped"));
        }
        closed.complete(null);
    }

    @Override
    public ConnectionSpec remote() {
        return ConnectionSpec.parseActive("unix:/fake/" + name);
    }

    @Override
    public boolean isConnected() {
        return !closed.isDone();
    }

    @Override
    public CompletableFuture<Void> closeFuture() {
        return closed;
    }

    @Override
    public CompletableFuture<List<String>> listDatabases() {
        return CompletableFuture.completedFuture(List.of(schema.name()));
    }

    @Override
    public CompletableFuture<DatabaseSchema> getSchema(String database) {
        return CompletableFuture.completedFuture(schema);
    }

    @Override
    public CompletableFuture<TransactResult> transact(Transaction transaction) {
        TransactCall call = new TransactCall(transaction, new CompletableFuture<>());
        transactions.add(call);
        return call.reply();
    }

    @Override
    public CompletableFuture<TransactResult> transact(Transaction transaction, Duration timeout) {
        return transact(transaction);
    }

    @Override
    public CompletableFuture<MonitorSubscription> monitor(String database, MonitorMethod method,
            List<MonitorRequest> requests, Optional<Uuid> lastTxnId, UpdateListener listener) {
        MonitorCall call = new MonitorCall(method, requests, lastTxnId, listener, new CompletableFuture<>());
        monitors.add(call);
        return call.reply();
    }

    @Override
    public CompletableFuture<Void> changeMonitorConditions(MonitorSubscription subscription,
            List<MonitorRequest> requests) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> cancelMonitor(MonitorSubscription subscription) {
        cancelled.add(subscription);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Boolean> lock(String lockId) {
        locks.add(lockId);
        return CompletableFuture.completedFuture(true);
    }

    @Override
    public CompletableFuture<Boolean> steal(String lockId) {
        return lock(lockId);
    }

    @Override
    public CompletableFuture<Void> unlock(String lockId) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void addLockListener(LockListener listener) {
        // the fake never sends lock notifications
    }

    @Override
    public CompletableFuture<List<String>> echo(String... payload) {
        return CompletableFuture.completedFuture(List.of(payload));
    }

    @Override
    public CompletableFuture<Void> setDbChangeAware(boolean aware) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> closeAsync() {
        closed.complete(null);
        return closed;
    }

    @Override
    public void close() {
        closed.complete(null);
    }

    @Override
    public String toString() {
        return "FakeOvsdbClient[" + name + "]";
    }
}
