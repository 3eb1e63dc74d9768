package io.ovsguard.ovsdb.internal;

import io.ovsguard.ovsdb.ClientOptions;
import io.ovsguard.ovsdb.ConnectionSpec;
import io.ovsguard.ovsdb.LockListener;
import io.ovsguard.ovsdb.MonitorSubscription;
import io.ovsguard.ovsdb.OvsdbClient;
import io.ovsguard.ovsdb.codec.KnownSchemas;
import io.ovsguard.ovsdb.codec.MethodCodec;
import io.ovsguard.ovsdb.jsonrpc.Payload;
import io.ovsguard.ovsdb.jsonrpc.RpcChannel;
import io.ovsguard.ovsdb.codec.MonitorCodec;
import io.ovsguard.ovsdb.codec.OperationCodec;
import io.ovsguard.ovsdb.codec.ResultParser;
import io.ovsguard.ovsdb.codec.SchemaParser;
import io.ovsguard.ovsdb.monitor.MonitorCondSinceReply;
import io.ovsguard.ovsdb.monitor.MonitorMethod;
import io.ovsguard.ovsdb.monitor.MonitorRequest;
import io.ovsguard.ovsdb.monitor.TableUpdates;
import io.ovsguard.ovsdb.monitor.UpdateListener;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.op.Transaction;
import io.ovsguard.ovsdb.result.TransactResult;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.ovsdb.schema.KnownSchema;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link OvsdbClient} over one {@link RpcConnection}: encodes each method's params with the codec,
 * decodes its result with the schema in hand, and keeps the connection's monitors and schemas.
 */
public final class RpcOvsdbClient implements OvsdbClient {

    private final RpcChannel connection;
    private final Duration requestTimeout;
    private final List<KnownSchema> knownSchemas;
    private final SchemaCache schemas = new SchemaCache();
    private final MonitorRegistry monitors;
    private final InboundRouter router;
    private final Executor delivery;
    private final AtomicLong monitorIds = new AtomicLong();
    private final Runnable afterClose;

    private RpcOvsdbClient(RpcChannel connection, ClientOptions options, MonitorRegistry monitors,
            InboundRouter router, Executor delivery, Runnable afterClose) {
        this.connection = connection;
        this.knownSchemas = options.knownSchemas();
        this.afterClose = afterClose;
        this.requestTimeout = options.requestTimeout();
        this.monitors = monitors;
        this.router = router;
        this.delivery = delivery;
    }

    /**
     * The parts a client needs before its connection exists: the router must be handed to the
     * connector so that no notification can arrive before there is somewhere to send it.
     */
    public static final class Parts {
        private final Executor delivery;
        private final MonitorRegistry monitors;
        private final InboundRouter router;

        public Parts(Executor listenerExecutor) {
            this.delivery = new SerialExecutor(listenerExecutor);
            this.monitors = new MonitorRegistry(delivery);
            this.router = new InboundRouter(monitors, delivery);
        }

        public io.ovsguard.ovsdb.jsonrpc.NotificationListener notificationListener() {
            return router;
        }

        /**
         * @param afterClose runs once the client is closed by its user, on the closing thread (for
         *     example to stop threads the client owns); never on an I/O thread
         */
        public RpcOvsdbClient bind(RpcChannel connection, ClientOptions options, Runnable afterClose) {
            return new RpcOvsdbClient(connection, options, monitors, router, delivery, afterClose);
        }
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
        return connection.closeFuture();
    }

    @Override
    public CompletableFuture<List<String>> listDatabases() {
        return call("list_dbs", MethodCodec.stringParams())
                .thenApply(result -> MethodCodec.parseStringList(result, "list_dbs reply"));
    }

    @Override
    public CompletableFuture<DatabaseSchema> getSchema(String database) {
        Objects.requireNonNull(database, "database");
        return schemas.get(database, db -> call("get_schema", MethodCodec.stringParams(db))
                .thenApply(result -> KnownSchemas.match(result, knownSchemas)
                        .orElseGet(() -> SchemaParser.parse(result))));
    }

    @Override
    public CompletableFuture<TransactResult> transact(Transaction transaction) {
        return transact(transaction, requestTimeout);
    }

    @Override
    public CompletableFuture<TransactResult> transact(Transaction transaction, Duration timeout) {
        Objects.requireNonNull(transaction, "transaction");
        // the schema decodes selected rows; it is cached, so only the first transaction waits for it,
        // and the others skip the extra stage
        CompletableFuture<DatabaseSchema> schema = getSchema(transaction.database());
        if (schema.isDone() && !schema.isCompletedExceptionally()) {
            try {
                return send(transaction, timeout, schema.join());
            } catch (RuntimeException e) {
                // fail the future exactly as the composed stage below would
                CompletableFuture<TransactResult> failed = new CompletableFuture<>();
                failed.completeExceptionally(new java.util.concurrent.CompletionException(e));
                return failed;
            }
        }
        return schema.thenCompose(loaded -> send(transaction, timeout, loaded));
    }

    private CompletableFuture<TransactResult> send(Transaction transaction, Duration timeout, DatabaseSchema schema) {
        CompletableFuture<TransactResult> result = new CompletableFuture<>();
        CompletableFuture<Payload> call = connection.call("transact",
                OperationCodec.encodeParams(transaction), timeout, id -> MethodCodec.cancelParams(id.json()));
        call.whenComplete((payload, error) -> {
            if (error != null) {
                result.completeExceptionally(error);
            } else {
                try {
                    result.complete(ResultParser.parse(payload, transaction, schema));
                } catch (RuntimeException e) {
                    result.completeExceptionally(e);
                }
            }
        });
        // cancelling the caller's future cancels the call, which asks the server to cancel
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
            return call(method.wireName(),
                            MonitorCodec.encodeParams(method, database, monitorId, copy, lastTxnId))
                    .handle((payload, error) -> {
                        if (error != null) {
                            monitors.remove(monitorId);
                            throw propagate(error);
                        }
                        MonitorSubscription subscription;
                        try {
                            subscription = subscription(database, monitorId, method, payload, schema);
                        } catch (RuntimeException e) {
                            monitors.remove(monitorId);
                            throw e;
                        }
                        return subscription;
                    })
                    // complete on the delivery thread first, then release held-back updates behind it
                    .thenApplyAsync(subscription -> subscription, delivery)
                    .whenComplete((subscription, error) -> {
                        if (error == null) {
                            monitors.activate(monitorId);
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
        // the same id is kept: OVS allows the new id to equal the old one
        return call("monitor_cond_change", MethodCodec.monitorCondChangeParams(id, id, requests))
                .thenApply(ignored -> null);
    }

    @Override
    public CompletableFuture<Void> cancelMonitor(MonitorSubscription subscription) {
        String id = subscription.monitorId();
        return call("monitor_cancel", MonitorCodec.encodeCancelParams(id))
                .thenApply(ignored -> {
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
        router.addLockListener(Objects.requireNonNull(listener, "listener"));
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
        return connection.close().thenRunAsync(afterClose);
    }

    @Override
    public void close() {
        connection.close().join();
        afterClose.run();
    }

    @Override
    public String toString() {
        return "OvsdbClient" + connection.logPrefix();
    }

    private static RuntimeException propagate(Throwable error) {
        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                ? error.getCause() : error;
        return cause instanceof RuntimeException runtime ? runtime
                : new java.util.concurrent.CompletionException(cause);
    }

    private CompletableFuture<Payload> call(String method,
            Payload params) {
        return connection.call(method, params, requestTimeout);
    }
}
