package io.ovsguard.ovsdb.direct;

import io.ovsguard.ovsdb.ClientOptions;
import io.ovsguard.ovsdb.ConnectionSpec;
import io.ovsguard.ovsdb.OvsdbClient;
import io.ovsguard.ovsdb.codec.GsonMessageCodec;
import io.ovsguard.ovsdb.internal.RpcOvsdbClient;
import io.ovsguard.ovsdb.error.ConnectionException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ByteChannel;
import java.nio.channels.SocketChannel;
import java.util.Objects;

/**
 * Opens direct (Netty-free) clients to {@code unix:} and {@code tcp:} remotes. Meant for short-lived processes:
 * connecting creates two threads instead of an event-loop group, and nothing of Netty is loaded. The client does
 * not probe an idle connection itself (the server's probes are answered), and it never reconnects. Wrap it in
 * {@link io.ovsguard.ovsdb.BlockingOvsdbClient#of} for the blocking API.
 *
 * <p>{@code unix:} remotes go through a small JNI library instead of the JDK's unix-domain channels when the system
 * property {@code ovsguard.native.library} names it (see {@link #usesNativeUnixSockets()}).
 */
public final class DirectOvsdbClients {

    private DirectOvsdbClients() {
    }

    /** Whether {@link #connect} can reach {@code remote}: {@code unix:} and {@code tcp:}, not {@code ssl:}. */
    public static boolean supports(ConnectionSpec.Active remote) {
        return remote instanceof ConnectionSpec.Unix || remote instanceof ConnectionSpec.Tcp;
    }

    /**
     * Connects, blocking for at most the options' connect timeout (tcp; a unix socket connects at once).
     *
     * @throws ConnectionException if the remote cannot be reached
     * @throws IllegalArgumentException for an {@code ssl:} remote, which needs the Netty client
     */
    public static OvsdbClient connect(ConnectionSpec.Active remote, ClientOptions options) {
        return connect(remote, options, NativeUnixSockets.available());
    }

    /** {@link #connect(ConnectionSpec.Active, ClientOptions)} with the unix-socket implementation chosen (tests). */
    static OvsdbClient connect(ConnectionSpec.Active remote, ClientOptions options, boolean nativeUnixSockets) {
        Objects.requireNonNull(remote, "remote");
        Objects.requireNonNull(options, "options");
        if (!supports(remote)) {
            throw new IllegalArgumentException("the direct client cannot connect to " + remote
                    + "; use OvsdbClients for ssl remotes");
        }
        ByteChannel channel = open(remote, options, nativeUnixSockets);
        // listeners run in order on one thread of their own, created only when the first notification comes
        OnDemandListenerThread listeners = new OnDemandListenerThread("ovsdb-direct-delivery " + remote);
        RpcOvsdbClient.Parts parts = new RpcOvsdbClient.Parts(listeners);
        DirectConnection connection = DirectConnection.start(channel, remote, new GsonMessageCodec(options.knownSchemas()),
                options.maxMessageBytes(), parts.notificationListener());
        return parts.bind(connection, options, listeners::shutdown);
    }

    /**
     * Whether {@code unix:} remotes are connected through the JNI library named by the system property
     * {@code ovsguard.native.library}, which this call loads if it has not been loaded yet. The JDK's first
     * unix-domain channel seeds a {@code SecureRandom}, about 9 ms of a short process; the library's load costs a
     * {@code dlopen}. Without the property, or when the file does not load (a warning is logged), the JDK's channels
     * are used. A short-lived process may call this early on another thread to have the load out of the way.
     */
    public static boolean usesNativeUnixSockets() {
        return NativeUnixSockets.available();
    }

    private static ByteChannel open(ConnectionSpec.Active remote, ClientOptions options, boolean nativeUnixSockets) {
        if (remote instanceof ConnectionSpec.Unix unix && nativeUnixSockets) {
            try {
                return NativeUnixSocket.connect(unix.path());
            } catch (IOException e) {
                throw new ConnectionException("cannot connect to " + remote + ": " + e.getMessage(), e);
            }
        }
        SocketChannel channel = null;
        try {
            if (remote instanceof ConnectionSpec.Unix unix) {
                channel = SocketChannel.open(StandardProtocolFamily.UNIX);
                channel.connect(UnixDomainSocketAddress.of(unix.path()));
            } else {
                ConnectionSpec.Tcp tcp = (ConnectionSpec.Tcp) remote;
                channel = SocketChannel.open();
                channel.socket().setTcpNoDelay(true);
                channel.socket().connect(new InetSocketAddress(tcp.host(), tcp.port()),
                        (int) Math.min(Integer.MAX_VALUE, Math.max(1, options.connectTimeout().toMillis())));
            }
            return channel;
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel, e);
            throw new ConnectionException("cannot connect to " + remote + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(SocketChannel channel, Exception failure) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // the connect failure is what the caller needs; the close failure travels with it
            failure.addSuppressed(e);
        }
    }
}
