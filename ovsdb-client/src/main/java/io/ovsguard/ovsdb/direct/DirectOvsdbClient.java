package io.ovsguard.ovsdb.direct;

import io.ovsguard.ovsdb.ConnectionSpec;
import io.ovsguard.ovsdb.LockListener;
import io.ovsguard.ovsdb.MonitorSubscription;
import io.ovsguard.ovsdb.OvsdbClient;
import io.ovsguard.ovsdb.codec.MethodCodec;
import io.ovsguard.ovsdb.codec.MonitorCodec;
import io.ovsguard.ovsdb.codec.OperationCodec;
import io.ovsguard.ovsdb.codec.ResultParser;
import io.ovsguard.ovsdb.codec.SchemaParser;
import io.ovsguard.ovsdb.jsonrpc.Payload;
import io.ovsguard.ovsdb.monitor.MonitorCondSinceReply;
import io.ovsguard.ovsdb.monitor.MonitorMethod;
import io.ovsguard.ovsdb.monitor.MonitorRequest;
import io.ovsguard.ovsdb.monitor.TableUpdates;
import io.ovsguard.ovsdb.monitor.UpdateListener;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.op.Transaction;
import io.ovsguard.ovsdb.result.TransactResult;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link OvsdbClient} over a {@link DirectConnection}. Every method is the Netty client's, with the same codec:
 * params are encoded and results decoded (with the database's schema, fetched once per database) by the
 * {@code codec} package. Futures complete on the connection's reader thread; update and lock listeners run on
 * one delivery thread.
 */
final class DirectOvsdbClient implements OvsdbClient {

    private final DirectConnection connection;
    private final DirectMonitors monitors;
    private final Duration requestTimeout;
    private final Map<String, CompletableFuture<DatabaseSchema>> schemas = new ConcurrentHashMap<>();
    private final AtomicLong monitorIds = new AtomicLong();

    DirectOvsdbClient(DirectConnection connection, DirectMonitors monitors, Duration requestTimeout) {
        this.connection = connection;
        this.monitors = monitors;
        this.requestTimeout = requestTimeout;
    }

    @Override
    public ConnectionSpec remote() {
        return connection.remote();
    }

    @Override
    public boolean isConnected() {
        return connection.isOpen();
    }

    @Override
    public CompletableFuture<Void> closeFuture() {
        return connection.closeFuture().thenApply(ignored -> null);
    }

    @Override
    public CompletableFuture<List<String>> listDatabases() {
        return call("list_dbs", MethodCodec.stringParams())
                .thenApply(result -> MethodCodec.parseStringList(result, "list_dbs reply"));
    }

    @Override
    public CompletableFuture<DatabaseSchema> getSchema(String database) {
        Objects.requireNonNull(database, "database");
        CompletableFuture<DatabaseSchema> schema = schemas.computeIfAbsent(database,
                db -> call("get_schema", MethodCodec.stringParams(db)).thenApply(SchemaParser::parse));
        schema.whenComplete((value, error) -> {
            if (error != null) {
                // forget a failed fetch, so the next call tries again
                schemas.remove(database, schema);
            }
        });
        return schema;
    }

    @Override
    public CompletableFuture<TransactResult> transact(Transaction transaction) {
        return transact(transaction, requestTimeout);
    }

    @Override
    public CompletableFuture<TransactResult> transact(Transaction transaction, Duration timeout) {
        Objects.requireNonNull(transaction, "transaction");
        Objects.requireNonNull(timeout, "timeout");
        // the schema decodes the selected rows; once it is known, the caller gets the call's own future, so
        // cancelling it reaches the server
        CompletableFuture<DatabaseSchema> schema = getSchema(transaction.database());
        if (schema.isDone() && !schema.isCompletedExceptionally()) {
            return send(transaction, timeout, schema.join());
        }
        return schema.thenCompose(loaded -> send(transaction, timeout, loaded));
    }

    private CompletableFuture<TransactResult> send(Transaction transaction, Duration timeout,
            DatabaseSchema schema) {
        CompletableFuture<Payload> call;
        try {
            call = connection.call("transact", OperationCodec.encodeParams(transaction), timeout,
                    id -> MethodCodec.cancelParams(id.json()));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<TransactResult> result = new CompletableFuture<>();
        call.whenComplete((payload, error) -> {
            if (error != null) {
                result.completeExceptionally(error);
                return;
            }
            try {
                result.complete(ResultParser.parse(payload, transaction, schema));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        result.whenComplete((value, error) -> {
            if (result.isCancelled()) {
                call.cancel(false);
            }
        });
        return result;
    }

    @Override
    public CompletableFuture<MonitorSubscription> monitor(String database, MonitorMethod method,
            List<MonitorRequest> requests, Optional<Uuid> lastTxnId, UpdateListener listener) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(listener, "listener");
        List<MonitorRequest> copy = List.copyOf(requests);
        return getSchema(database).thenCompose(schema -> {
            String monitorId = "m" + monitorIds.incrementAndGet();
            monitors.pending(monitorId, schema, listener);
            // runs on the reader thread before it reads the next message, so no update overtakes the reply
            return call(method.wireName(), MonitorCodec.encodeParams(method, database, monitorId, copy, lastTxnId))
                    .handle((payload, error) -> {
                        if (error != null) {
                            monitors.remove(monitorId);
                            throw error instanceof CompletionException c ? c : new CompletionException(error);
                        }
                        try {
                            MonitorSubscription subscription = subscription(database, monitorId, method, payload,
                                    schema);
                            monitors.activate(monitorId);
                            return subscription;
                        } catch (RuntimeException e) {
                            monitors.remove(monitorId);
                            throw e;
                        }
                    });
        });
    }

    private static MonitorSubscription subscription(String database, String monitorId, MonitorMethod method,
            Payload payload, DatabaseSchema schema) {
        if (method == MonitorMethod.MONITOR_COND_SINCE) {
            MonitorCondSinceReply reply = MonitorCodec.parseMonitorCondSinceReply(payload, schema);
            return new MonitorSubscription(database, monitorId, method, reply.updates(), reply.found(),
                    Optional.of(reply.lastTxnId()));
        }
        TableUpdates initial = MonitorCodec.parseMonitorReply(method, payload, schema);
        return new MonitorSubscription(database, monitorId, method, initial, false, Optional.empty());
    }

    @Override
    public CompletableFuture<Void> changeMonitorConditions(MonitorSubscription subscription,
            List<MonitorRequest> requests) {
        String id = subscription.monitorId();
        return call("monitor_cond_change", MethodCodec.monitorCondChangeParams(id, id, requests))
                .thenApply(ignored -> null);
    }

    @Override
    public CompletableFuture<Void> cancelMonitor(MonitorSubscription subscription) {
        String id = subscription.monitorId();
        return call("monitor_cancel", MonitorCodec.encodeCancelParams(id)).thenApply(ignored -> {
            monitors.remove(id);
            return null;
        });
    }

    @Override
    public CompletableFuture<Boolean> lock(String lockId) {
        return call("lock", MethodCodec.stringParams(lockId))
                .thenApply(result -> MethodCodec.parseLocked(result, "lock reply"));
    }

    @Override
    public CompletableFuture<Boolean> steal(String lockId) {
        return call("steal", MethodCodec.stringParams(lockId))
                .thenApply(result -> MethodCodec.parseLocked(result, "steal reply"));
    }

    @Override
    public CompletableFuture<Void> unlock(String lockId) {
        return call("unlock", MethodCodec.stringParams(lockId)).thenApply(ignored -> null);
    }

    @Override
    public void addLockListener(LockListener listener) {
        monitors.addLockListener(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public CompletableFuture<List<String>> echo(String... payload) {
        return call("echo", MethodCodec.stringParams(payload)).thenApply(MethodCodec::parseEcho);
    }

    @Override
    public CompletableFuture<Void> setDbChangeAware(boolean aware) {
        return call("set_db_change_aware", MethodCodec.booleanParams(aware)).thenApply(ignored -> null);
    }

    @Override
    public CompletableFuture<Void> closeAsync() {
        return CompletableFuture.runAsync(this::close);
    }

    @Override
    public void close() {
        connection.close();
        monitors.close();
    }

    @Override
    public String toString() {
        return "DirectOvsdbClient[" + connection.remote() + "]";
    }

    private CompletableFuture<Payload> call(String method, Payload params) {
        return connection.call(method, params, requestTimeout);
    }
}
