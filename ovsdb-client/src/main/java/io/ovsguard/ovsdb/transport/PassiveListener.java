package io.ovsguard.ovsdb.transport;

import io.netty.channel.Channel;
import io.ovsguard.ovsdb.ConnectionSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A listening socket for {@code punix:}, {@code ptcp:} or {@code pssl:}, such as a manager that
 * switches connect to. Closing it stops accepting; connections already accepted stay open.
 */
public final class PassiveListener implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PassiveListener.class);
    private static final long CLOSE_WAIT_SECONDS = 5;

    private final Channel serverChannel;
    private final ConnectionSpec.Passive local;

    PassiveListener(Channel serverChannel, ConnectionSpec.Passive local) {
        this.serverChannel = serverChannel;
        this.local = local;
    }

    /** Where it listens, with the port actually bound (so {@code ptcp:0} shows the chosen port). */
    public ConnectionSpec.Passive local() {
        return local;
    }

    /**
     * The TCP port actually bound.
     *
     * @throws IllegalStateException for a Unix socket listener
     */
    public int port() {
        if (local instanceof ConnectionSpec.PassiveTcp tcp) {
            return tcp.port();
        }
        if (local instanceof ConnectionSpec.PassiveSsl ssl) {
            return ssl.port();
        }
        throw new IllegalStateException(local + " has no port");
    }

    public boolean isOpen() {
        return serverChannel.isOpen();
    }

    /** Stops listening (and removes the socket file of a punix listener); completes once done. */
    public CompletableFuture<Void> closeAsync() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        serverChannel.close().addListener(f -> {
            try {
                if (local instanceof ConnectionSpec.PassiveUnix unix) {
                    Files.deleteIfExists(unix.path());
                }
                log.debug("stopped listening on {}", local);
                done.complete(null);
            } catch (IOException e) {
                done.completeExceptionally(new UncheckedIOException("cannot remove " + local, e));
            }
        });
        return done;
    }

    @Override
    public void close() {
        try {
            closeAsync().get(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            log.warn("closing the listener on {} did not finish cleanly: {}", local, e.toString());
        }
    }

    @Override
    public String toString() {
        return local.toString();
    }
}
