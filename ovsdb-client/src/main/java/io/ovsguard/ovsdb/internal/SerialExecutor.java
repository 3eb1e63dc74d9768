package io.ovsguard.ovsdb.internal;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks one at a time, in submission order, on a backing executor: one client's listeners see
 * its notifications in the order the server sent them, off the I/O thread, and never concurrently.
 * Nothing is ever dropped.
 */
final class SerialExecutor implements Executor {


    private final Executor backing;
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private boolean running;

    SerialExecutor(Executor backing) {
        this.backing = backing;
    }

    @Override
    public void execute(Runnable task) {
        synchronized (tasks) {
            tasks.add(task);
            if (running) {
                return;
            }
            running = true;
        }
        backing.execute(this::drain);
    }

    private void drain() {
        while (true) {
            Runnable next;
            synchronized (tasks) {
                next = tasks.poll();
                if (next == null) {
                    running = false;
                    return;
                }
            }
            try {
                next.run();
            } catch (RuntimeException e) {
                // a listener's bug must not stop delivery to the others
                Holder.LOG.error("a listener failed", e);
            }
        }
    }

    /** The logger, created on first use: a short-lived process that logs nothing never starts the logging backend. */
    private static final class Holder {
        static final Logger LOG = LoggerFactory.getLogger(SerialExecutor.class);
    }
}
