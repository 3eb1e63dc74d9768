package io.ovsguard.ovsdb.transport;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.nio.NioDomainSocketChannel;
import io.netty.channel.socket.nio.NioServerDomainSocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.ovsguard.ovsdb.ClientOptions;
import io.ovsguard.ovsdb.ClientResources;
import io.ovsguard.ovsdb.ConnectionSpec;
import io.ovsguard.ovsdb.error.ConnectionException;
import io.ovsguard.ovsdb.error.OvsdbException;
import io.ovsguard.ovsdb.jsonrpc.ConnectionLabel;
import io.ovsguard.ovsdb.jsonrpc.InboundHandlers;
import io.ovsguard.ovsdb.jsonrpc.MessageCodec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens OVSDB connections: connects to {@code unix:}, {@code tcp:} and {@code ssl:} remotes, and
 * listens on {@code punix:}, {@code ptcp:} and {@code pssl:} for peers that connect to us.
 *
 * <p>Unix sockets use Netty's NIO domain socket channel (JDK 16+), so no native library is needed.
 * TLS contexts are built from the PEM files in {@link ClientOptions#tls()} on first use.
 * Thread-safe.
 */
public final class OvsdbConnector {

    private static final Logger log = LoggerFactory.getLogger(OvsdbConnector.class);

    private final ClientResources resources;
    private final ClientOptions options;
    private final MessageCodec codec;

    public OvsdbConnector(ClientResources resources, ClientOptions options, MessageCodec codec) {
        this.resources = Objects.requireNonNull(resources, "resources");
        this.options = Objects.requireNonNull(options, "options");
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    /**
     * Connects to an active remote. The future completes once the connection (and its TLS
     * handshake) is up, or fails with {@link ConnectionException}.
     */
    public CompletableFuture<RpcConnection> connect(ConnectionSpec.Active remote, InboundHandlers handlers) {
        CompletableFuture<RpcConnection> result = new CompletableFuture<>();
        Optional<SslContext> tls;
        try {
            tls = remote.isTls() ? Optional.of(TlsContexts.client(requireTls(remote))) : Optional.empty();
        } catch (OvsdbException e) {
            result.completeExceptionally(e);
            return result;
        }
        ConnectionLabel label = new ConnectionLabel(resources.nextConnectionId(), remote.toString());
        RpcConnection[] created = new RpcConnection[1];
        Bootstrap bootstrap = new Bootstrap()
                .group(resources.eventLoops().group())
                .channel(remote instanceof ConnectionSpec.Unix ? NioDomainSocketChannel.class : NioSocketChannel.class)
                .option(ChannelOption.ALLOCATOR, resources.eventLoops().allocator())
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE,
                        options.connectTimeout().toMillis()))
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        created[0] = ConnectionPipeline.install(channel, label, remote, tls, options, codec, handlers);
                    }
                });
        if (!(remote instanceof ConnectionSpec.Unix)) {
            // OVSDB is request/response: Nagle would hold a small request back waiting for an ACK
            bootstrap.option(ChannelOption.TCP_NODELAY, true);
        }
        SocketAddress address = address(remote);
        if (!(address instanceof InetSocketAddress inet && inet.isUnresolved())) {
            // Nothing to look up. Netty's resolver would also tie itself to the event loop's
            // termination, which wakes a process-wide thread that delays a short program's exit.
            bootstrap.disableResolver();
        }
        log.debug("{} connecting", label);
        ChannelFuture connecting = bootstrap.connect(address);
        connecting.addListener(f -> {
            if (!f.isSuccess()) {
                connecting.channel().close();
                result.completeExceptionally(new ConnectionException(
                        "cannot connect to " + remote + ": " + describe(f.cause()), f.cause()));
                return;
            }
            resources.eventLoops().track(connecting.channel());
            whenSecured(connecting.channel(), created[0], result);
        });
        return result;
    }

    /**
     * Listens on a passive remote. For each accepted connection, {@code handlers} gives the
     * inbound handlers (before anything is read) and {@code onAccepted} then receives the
     * connection, after its TLS handshake if any. Both run on the connection's event loop.
     */
    public CompletableFuture<PassiveListener> listen(ConnectionSpec.Passive local,
            Function<ConnectionLabel, InboundHandlers> handlers, Consumer<RpcConnection> onAccepted) {
        CompletableFuture<PassiveListener> result = new CompletableFuture<>();
        SocketAddress address;
        Optional<SslContext> tls;
        try {
            tls = local.isTls() ? Optional.of(TlsContexts.server(requireTls(local))) : Optional.empty();
            address = bindAddress(local);
        } catch (OvsdbException e) {
            result.completeExceptionally(e);
            return result;
        }
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(resources.eventLoops().group())
                .channel(local instanceof ConnectionSpec.PassiveUnix
                        ? NioServerDomainSocketChannel.class : NioServerSocketChannel.class)
                .option(ChannelOption.ALLOCATOR, resources.eventLoops().allocator())
                .childOption(ChannelOption.ALLOCATOR, resources.eventLoops().allocator())
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        accept(channel, local, tls, handlers, onAccepted);
                    }
                });
        ChannelFuture binding = bootstrap.bind(address);
        binding.addListener(f -> {
            if (!f.isSuccess()) {
                result.completeExceptionally(new ConnectionException(
                        "cannot listen on " + local + ": " + describe(f.cause()), f.cause()));
                return;
            }
            resources.eventLoops().track(binding.channel());
            PassiveListener listener = new PassiveListener(binding.channel(), bound(local, binding.channel()));
            log.debug("listening on {}", listener.local());
            result.complete(listener);
        });
        return result;
    }

    private void accept(Channel channel, ConnectionSpec.Passive local, Optional<SslContext> tls,
            Function<ConnectionLabel, InboundHandlers> handlers, Consumer<RpcConnection> onAccepted) {
        ConnectionSpec remote = peer(local, channel);
        ConnectionLabel label = new ConnectionLabel(resources.nextConnectionId(), remote.toString());
        RpcConnection connection = ConnectionPipeline.install(channel, label, remote, tls, options, codec,
                handlers.apply(label));
        resources.eventLoops().track(channel);
        log.debug("{} accepted on {}", label, local);
        CompletableFuture<RpcConnection> secured = new CompletableFuture<>();
        secured.whenComplete((accepted, error) -> {
            if (error == null) {
                onAccepted.accept(accepted);
            } else {
                log.debug("{} dropped: {}", label, error.getMessage());
            }
        });
        whenSecured(channel, connection, secured);
    }

    /** Completes {@code result} once the TLS handshake (if any) succeeded; closes the channel otherwise. */
    private void whenSecured(Channel channel, RpcConnection connection, CompletableFuture<RpcConnection> result) {
        Optional<io.netty.handler.ssl.SslHandler> ssl = ConnectionPipeline.tlsHandler(channel);
        if (ssl.isEmpty()) {
            log.debug("{} connected", connection.label());
            result.complete(connection);
            return;
        }
        ssl.get().handshakeFuture().addListener(handshake -> {
            if (handshake.isSuccess()) {
                log.debug("{} connected, TLS {}", connection.label(), ssl.get().engine().getSession().getProtocol());
                result.complete(connection);
            } else {
                channel.close();
                result.completeExceptionally(new ConnectionException("TLS handshake with " + connection.label().peer()
                        + " failed: " + describe(handshake.cause()), handshake.cause()));
            }
        });
    }

    private io.ovsguard.ovsdb.TlsSettings requireTls(ConnectionSpec spec) {
        return options.tls().orElseThrow(() -> new ConnectionException(
                spec + " needs TLS settings: a private key, a certificate and a CA certificate"));
    }

    private static SocketAddress address(ConnectionSpec.Active remote) {
        if (remote instanceof ConnectionSpec.Unix unix) {
            return UnixDomainSocketAddress.of(unix.path());
        }
        if (remote instanceof ConnectionSpec.Tcp tcp) {
            return inetAddress(tcp.host(), tcp.port());
        }
        ConnectionSpec.Ssl ssl = (ConnectionSpec.Ssl) remote;
        return inetAddress(ssl.host(), ssl.port());
    }

    /** An IP literal as a resolved address (parsing it never queries DNS); a host name left for Netty to resolve. */
    private static InetSocketAddress inetAddress(String host, int port) {
        boolean literal = host.indexOf(':') >= 0 || host.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'));
        if (literal) {
            try {
                return new InetSocketAddress(InetAddress.getByName(host), port);
            } catch (UnknownHostException e) {
                // the connection spec checked the literal; should it still not parse, Netty reports it
                return InetSocketAddress.createUnresolved(host, port);
            }
        }
        return InetSocketAddress.createUnresolved(host, port);
    }

    private static SocketAddress bindAddress(ConnectionSpec.Passive local) {
        if (local instanceof ConnectionSpec.PassiveUnix unix) {
            removeStaleSocket(unix.path());
            return UnixDomainSocketAddress.of(unix.path());
        }
        if (local instanceof ConnectionSpec.PassiveTcp tcp) {
            // As in OVS, no address means every IPv4 address.
            return new InetSocketAddress(tcp.address().orElse("0.0.0.0"), tcp.port());
        }
        ConnectionSpec.PassiveSsl ssl = (ConnectionSpec.PassiveSsl) local;
        return new InetSocketAddress(ssl.address().orElse("0.0.0.0"), ssl.port());
    }

    /** A socket file left by a previous listener would make bind fail; anything else is not ours to delete. */
    private static void removeStaleSocket(Path path) {
        try {
            if (Files.exists(path) && Files.readAttributes(path,
                    java.nio.file.attribute.BasicFileAttributes.class).isOther()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new ConnectionException("cannot remove the stale socket " + path + ": " + e.getMessage(), e);
        }
    }

    private static ConnectionSpec.Passive bound(ConnectionSpec.Passive local, Channel server) {
        if (server.localAddress() instanceof InetSocketAddress inet) {
            if (local instanceof ConnectionSpec.PassiveTcp tcp) {
                return new ConnectionSpec.PassiveTcp(inet.getPort(), tcp.address());
            }
            if (local instanceof ConnectionSpec.PassiveSsl ssl) {
                return new ConnectionSpec.PassiveSsl(inet.getPort(), ssl.address());
            }
        }
        return local;
    }

    private static ConnectionSpec peer(ConnectionSpec.Passive local, Channel channel) {
        if (local instanceof ConnectionSpec.PassiveUnix unix) {
            return new ConnectionSpec.Unix(unix.path());
        }
        InetSocketAddress address = (InetSocketAddress) channel.remoteAddress();
        String ip = address.getAddress().getHostAddress();
        int zone = ip.indexOf('%');
        String host = zone < 0 ? ip : ip.substring(0, zone);
        return local.isTls() ? new ConnectionSpec.Ssl(host, address.getPort())
                : new ConnectionSpec.Tcp(host, address.getPort());
    }

    private static String describe(Throwable cause) {
        if (cause == null) {
            return "unknown error";
        }
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        return message.lines().findFirst().orElse(message);
    }
}
