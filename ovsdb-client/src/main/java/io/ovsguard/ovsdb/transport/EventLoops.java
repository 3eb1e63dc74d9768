package io.ovsguard.ovsdb.transport;

import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SingleThreadIoEventLoop;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The NIO event loops that run every connection of one client, and the set of channels open on
 * them. NIO serves TCP and, since JDK 16, Unix domain sockets too, so no native transport is needed.
 *
 * <p>Their channels share an unpooled allocator: a client has a few connections and modest
 * throughput, so the pooled allocators' arenas, chunks and thread caches would mostly inflate the
 * resident memory and start-up time (they also register JFR events on first use) of a small process.
 * It hands out heap buffers: the JDK reads into a direct buffer it keeps per thread and copies, where
 * an unpooled direct buffer is allocated and freed on every read. A replica applying a burst of small
 * update notifications spent a quarter to a third less CPU with heap buffers (docs/benchmarks.md).
 */
public final class EventLoops implements AutoCloseable {

    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(5);

    private final EventLoopGroup group;
    private final ChannelGroup channels;
    private final ByteBufAllocator allocator = new UnpooledByteBufAllocator(false);

    /** @param threads number of I/O threads; daemon threads, so a forgotten client does not keep the JVM alive */
    public EventLoops(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("at least one I/O thread is needed: " + threads);
        }
        DefaultThreadFactory factory = new DefaultThreadFactory("ovsdb-io", true);
        // One loop is its own group. Netty's multi-loop group reports its termination through the
        // process-wide GlobalEventExecutor, whose non-daemon thread then lingers a second and holds
        // up the exit of a short program (a CLI call) that closed its client; a lone loop does not.
        this.group = threads == 1 ? new SingleThreadIoEventLoop(null, factory, NioIoHandler.newFactory())
                : new MultiThreadIoEventLoopGroup(threads, factory, NioIoHandler.newFactory());
        this.channels = new DefaultChannelGroup("ovsdb", group.next());
    }

    public EventLoopGroup group() {
        return group;
    }

    /** The buffer allocator of every channel opened on these loops. */
    ByteBufAllocator allocator() {
        return allocator;
    }

    /** Tracks a channel until it closes, so that {@link #close()} can close it. */
    void track(Channel channel) {
        channels.add(channel);
    }

    /** Channels (connections and listeners) opened on these loops that are still open. */
    public int openChannels() {
        return channels.size();
    }

    /** Closes every open channel, then stops the threads, waiting a few seconds at most. */
    @Override
    public void close() {
        channels.close().awaitUninterruptibly(SHUTDOWN_TIMEOUT.toMillis());
        group.shutdownGracefully(0, SHUTDOWN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .awaitUninterruptibly(SHUTDOWN_TIMEOUT.toMillis() * 2);
    }
}
