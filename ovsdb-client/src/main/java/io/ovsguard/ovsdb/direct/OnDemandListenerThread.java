package io.ovsguard.ovsdb.direct;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The thread that runs a direct client's listeners, in order, created with the first notification: a command-line
 * call that never monitors never builds it (a thread pool's first construction costs a short process about half a
 * millisecond). The thread ends after a second without work and comes back with the next.
 */
final class OnDemandListenerThread implements Executor {

    private final String threadName;
    private ThreadPoolExecutor pool;
    private boolean shutDown;

    OnDemandListenerThread(String threadName) {
        this.threadName = threadName;
    }

    @Override
    public synchronized void execute(Runnable task) {
        if (shutDown) {
            throw new RejectedExecutionException("the listeners of the closed client do not run");
        }
        if (pool == null) {
            pool = new ThreadPoolExecutor(0, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
                Thread thread = new Thread(runnable, threadName);
                thread.setDaemon(true);
                return thread;
            });
        }
        pool.execute(task);
    }

    /** Lets the queued listeners finish, then the thread ends; later tasks are refused. */
    synchronized void shutdown() {
        shutDown = true;
        if (pool != null) {
            pool.shutdown();
        }
    }

    /** Whether the thread pool was ever created (tests). */
    synchronized boolean started() {
        return pool != null;
    }
}
