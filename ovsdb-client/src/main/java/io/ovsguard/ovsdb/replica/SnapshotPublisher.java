package io.ovsguard.ovsdb.replica;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers a replica's changes to its listeners and condition waiters, in order, on one thread of
 * its own, so neither the I/O thread nor the thread applying updates waits for user code.
 */
final class SnapshotPublisher {

    private static final Logger log = LoggerFactory.getLogger(SnapshotPublisher.class);

    private final ScheduledExecutorService thread;
    private final List<ReplicaListener> listeners = new CopyOnWriteArrayList<>();
    /** Touched only on {@link #thread}. */
    private final List<Waiter> waiters = new ArrayList<>();
    /** The last snapshot handed to listeners; touched only on {@link #thread}. */
    private ReplicaSnapshot delivered;

    SnapshotPublisher(String name) {
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    void addListener(ReplicaListener listener) {
        listeners.add(listener);
    }

    void removeListener(ReplicaListener listener) {
        listeners.remove(listener);
    }

    void publish(ReplicaChange change) {
        execute(() -> {
            delivered = change.current();
            for (ReplicaListener listener : listeners) {
                try {
                    listener.onChange(change);
                } catch (RuntimeException e) {
                    log.error("a replica listener failed", e);
                }
            }
            Iterator<Waiter> it = waiters.iterator();
            while (it.hasNext()) {
                Waiter waiter = it.next();
                if (waiter.test(change.current())) {
                    it.remove();
                }
            }
        });
    }

    /** Runs {@code task} on the publisher's thread, after everything published or run before it. */
    void runInOrder(Runnable task) {
        execute(task);
    }

    CompletableFuture<ReplicaSnapshot> await(Predicate<ReplicaSnapshot> condition, Duration timeout) {
        CompletableFuture<ReplicaSnapshot> result = new CompletableFuture<>();
        Waiter waiter = new Waiter(condition, result);
        execute(() -> {
            if (delivered != null && waiter.test(delivered)) {
                return;
            }
            waiters.add(waiter);
            thread.schedule(() -> {
                if (waiters.remove(waiter)) {
                    result.completeExceptionally(new ReplicaTimeoutException("replica condition not met within "
                            + timeout.toMillis() + " ms" + (delivered == null ? "" : " (at snapshot "
                            + delivered.sequence() + ")")));
                }
            }, timeout.toNanos(), TimeUnit.NANOSECONDS);
        });
        if (thread.isShutdown()) {
            result.completeExceptionally(new ReplicaTimeoutException("the replica is closed"));
        }
        return result;
    }

    void close() {
        execute(() -> {
            for (Waiter waiter : waiters) {
                waiter.result.completeExceptionally(new ReplicaTimeoutException("the replica was closed"));
            }
            waiters.clear();
        });
        thread.shutdown();
    }

    private void execute(Runnable task) {
        try {
            thread.execute(task);
        } catch (RejectedExecutionException closed) {
            log.debug("replica is closed; dropping a delivery");
        }
    }

    private record Waiter(Predicate<ReplicaSnapshot> condition, CompletableFuture<ReplicaSnapshot> result) {

        /** True if settled (met, or the predicate failed). */
        boolean test(ReplicaSnapshot snapshot) {
            try {
                if (condition.test(snapshot)) {
                    result.complete(snapshot);
                    return true;
                }
                return false;
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
                return true;
            }
        }
    }
}
