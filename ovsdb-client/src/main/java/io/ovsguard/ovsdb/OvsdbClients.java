package io.ovsguard.ovsdb;

import io.ovsguard.ovsdb.codec.GsonMessageCodec;
import io.ovsguard.ovsdb.internal.RpcOvsdbClient;
import io.ovsguard.ovsdb.jsonrpc.InboundHandlers;
import io.ovsguard.ovsdb.transport.OvsdbConnector;
import io.ovsguard.ovsdb.transport.PassiveListener;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** Opens {@link OvsdbClient}s: to an active remote, or for each switch that connects to a passive one. */
public final class OvsdbClients {

    private OvsdbClients() {
    }

    /** Connects with shared resources, which the caller closes after the client. */
    public static CompletableFuture<OvsdbClient> connect(ConnectionSpec.Active remote, ClientOptions options,
            ClientResources resources) {
        return connect(remote, options, resources, () -> { });
    }

    /** Connects with resources of its own, released when the client is closed: the simple way for one connection. */
    public static CompletableFuture<OvsdbClient> connect(ConnectionSpec.Active remote, ClientOptions options) {
        ClientResources resources = ClientResources.create();
        return connect(remote, options, resources, resources::close).whenComplete((client, error) -> {
            if (error != null) {
                // resources cannot be closed on an I/O thread; hand that to another thread
                CompletableFuture.runAsync(resources::close);
            }
        });
    }

    /** Like {@link #connect(ConnectionSpec.Active, ClientOptions)}, parsing an OVS remote such as {@code unix:/run/db.sock}. */
    public static CompletableFuture<OvsdbClient> connect(String remote, ClientOptions options) {
        return connect(ConnectionSpec.parseActive(remote), options);
    }

    /** Connects and blocks until connected; the blocking facade uses the options' request timeout. */
    public static BlockingOvsdbClient connectBlocking(String remote, ClientOptions options) {
        return BlockingOvsdbClient.of(BlockingOvsdbClient.await(connect(remote, options),
                options.connectTimeout().plus(options.requestTimeout()), "connect to " + remote), options);
    }

    /**
     * Listens on a passive remote ({@code punix:}, {@code ptcp:}, {@code pssl:}) and gives
     * {@code onConnected} a client for each switch that connects, on the connection's I/O thread.
     */
    public static CompletableFuture<PassiveListener> listen(ConnectionSpec.Passive local, ClientOptions options,
            ClientResources resources, Consumer<OvsdbClient> onConnected) {
        Objects.requireNonNull(onConnected, "onConnected");
        OvsdbConnector connector = new OvsdbConnector(resources, options, new GsonMessageCodec(options.knownSchemas()));
        java.util.Map<io.ovsguard.ovsdb.jsonrpc.ConnectionLabel, RpcOvsdbClient.Parts> parts =
                new java.util.concurrent.ConcurrentHashMap<>();
        return connector.listen(local, label -> {
            RpcOvsdbClient.Parts p = new RpcOvsdbClient.Parts(resources.listenerExecutor());
            parts.put(label, p);
            return InboundHandlers.of(p.notificationListener());
        }, connection -> {
            RpcOvsdbClient.Parts p = parts.remove(connection.label());
            onConnected.accept(p.bind(connection, options, () -> { }));
        });
    }

    private static CompletableFuture<OvsdbClient> connect(ConnectionSpec.Active remote, ClientOptions options,
            ClientResources resources, Runnable afterClose) {
        Objects.requireNonNull(remote, "remote");
        Objects.requireNonNull(options, "options");
        RpcOvsdbClient.Parts parts = new RpcOvsdbClient.Parts(resources.listenerExecutor());
        OvsdbConnector connector = new OvsdbConnector(resources, options, new GsonMessageCodec(options.knownSchemas()));
        return connector.connect(remote, InboundHandlers.of(parts.notificationListener()))
                .thenApply(connection -> parts.bind(connection, options, afterClose));
    }
}
