package io.ovsguard.ovsdb;

import io.ovsguard.ovsdb.transport.EventLoops;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The threads shared by the connections of one or more clients: the I/O event loops, which also
 * serve as the timer for timeouts, probes and reconnect delays. Create one, hand it to clients,
 * and close it after them; nothing here is process-wide.
 */
public final class ClientResources implements AutoCloseable {

    /** One I/O thread serves many OVSDB connections; the protocol is not CPU-heavy. */
    public static final int DEFAULT_IO_THREADS = 1;

    private final EventLoops eventLoops;
    /** Runs listeners off the I/O threads; each client serialises its own on top of it. */
    private final ExecutorService listenerThreads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "ovsdb-listener");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong connectionIds = new AtomicLong(1);

    private ClientResources(int ioThreads) {
        this.eventLoops = new EventLoops(ioThreads);
    }

    public static ClientResources create() {
        return new ClientResources(DEFAULT_IO_THREADS);
    }

    public static ClientResources create(int ioThreads) {
        return new ClientResources(ioThreads);
    }

    public EventLoops eventLoops() {
        return eventLoops;
    }

    /** Schedules delayed work on the I/O threads. Tasks must be quick. */
    public ScheduledExecutorService timer() {
        return eventLoops.group();
    }

    /** Where clients run update and lock listeners (each client one at a time, in order). */
    public java.util.concurrent.Executor listenerExecutor() {
        return listenerThreads;
    }

    /** The number for the next connection's log prefix ({@code [ovsdb#N ...]}). */
    public long nextConnectionId() {
        return connectionIds.getAndIncrement();
    }

    /** Closes every connection and listener still open and stops the threads. */
    @Override
    public void close() {
        eventLoops.close();
        listenerThreads.shutdown();
    }
}
