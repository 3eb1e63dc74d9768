package io.ovsguard.ovsdb.replica;

import io.ovsguard.ovsdb.monitor.TableUpdates;
import java.time.Duration;
import java.util.ArrayDeque;
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
 * Delivers a replica's changes to its listeners and condition waiters, in order.
 *
 * <p>Listeners run on a thread of its own, so the thread applying updates (the connection's reader)
 * never waits for user code; a listener that falls behind gets the changes published meanwhile as
 * one change. Without listeners nothing is handed over per change: the waiters' conditions (quick,
 * non-blocking predicates) are tested right where the change is published, and only a settled
 * wait is completed on the publisher's thread, so the caller's continuation never runs on the
 * reader. Either way a waiter is tested on every snapshot published after it was registered, in order.
 */
final class SnapshotPublisher {

    private static final Logger log = LoggerFactory.getLogger(SnapshotPublisher.class);

    private final ScheduledExecutorService thread;
    private final List<ReplicaListener> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    /** Changes ({@link ReplicaChange}) and waiter registrations ({@link Waiter}) for the thread; guarded by lock. */
    private final ArrayDeque<Object> backlog = new ArrayDeque<>();
    /** True while the thread has a backlog to work through; guarded by lock. */
    private boolean draining;
    /** Guarded by lock. */
    private final List<Waiter> waiters = new ArrayList<>();
    /** The last snapshot waiters have seen; guarded by lock. */
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
        synchronized (lock) {
            // while the thread has a backlog, everything queues behind it so that order is kept
            if (listeners.isEmpty() && !draining) {
                deliverToWaiters(change.current());
                return;
            }
            enqueue(change);
        }
    }

    CompletableFuture<ReplicaSnapshot> await(Predicate<ReplicaSnapshot> condition, Duration timeout) {
        CompletableFuture<ReplicaSnapshot> result = new CompletableFuture<>();
        Waiter waiter = new Waiter(condition, timeout, result, thread);
        synchronized (lock) {
            if (draining) {
                enqueue(waiter);
            } else {
                register(waiter);
            }
        }
        if (thread.isShutdown()) {
            result.completeExceptionally(new ReplicaTimeoutException("the replica is closed"));
        }
        return result;
    }

    void close() {
        execute(() -> {
            List<Waiter> left;
            synchronized (lock) {
                left = List.copyOf(waiters);
                waiters.clear();
            }
            for (Waiter waiter : left) {
                waiter.result.completeExceptionally(new ReplicaTimeoutException("the replica was closed"));
            }
        });
        thread.shutdown();
    }

    /** Lock held. */
    private void enqueue(Object item) {
        backlog.add(item);
        if (!draining) {
            draining = true;
            execute(this::drain);
        }
    }

    /** On the thread: works through the backlog until it is empty. */
    private void drain() {
        while (true) {
            List<Object> items;
            synchronized (lock) {
                if (backlog.isEmpty()) {
                    draining = false;
                    return;
                }
                items = new ArrayList<>(backlog);
                backlog.clear();
            }
            deliverToListeners(items);
            synchronized (lock) {
                for (Object item : items) {
                    if (item instanceof ReplicaChange change) {
                        deliverToWaiters(change.current());
                    } else {
                        register((Waiter) item);
                    }
                }
            }
        }
    }

    /** Hands the listeners the changes among {@code items}, consecutive ordinary ones merged into one. */
    private void deliverToListeners(List<Object> items) {
        if (listeners.isEmpty()) {
            return;
        }
        List<ReplicaChange> run = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof ReplicaChange change) {
                if (change.resync()) {
                    notifyListeners(merged(run));
                    run.clear();
                    notifyListeners(List.of(change));
                } else {
                    run.add(change);
                }
            }
        }
        notifyListeners(merged(run));
    }

    private static List<ReplicaChange> merged(List<ReplicaChange> run) {
        if (run.size() <= 1) {
            return List.copyOf(run);
        }
        List<TableUpdates> updates = new ArrayList<>(run.size());
        run.forEach(change -> updates.add(change.updates()));
        ReplicaSnapshot before = run.get(0).previous();
        ReplicaSnapshot after = run.get(run.size() - 1).current();
        return List.of(new ReplicaChange(before, after, BatchUpdates.merge(updates, before, after), false));
    }

    private void notifyListeners(List<ReplicaChange> changes) {
        for (ReplicaChange change : changes) {
            for (ReplicaListener listener : listeners) {
                try {
                    listener.onChange(change);
                } catch (RuntimeException e) {
                    log.error("a replica listener failed", e);
                }
            }
        }
    }

    /** Lock held. */
    private void deliverToWaiters(ReplicaSnapshot snapshot) {
        delivered = snapshot;
        if (waiters.isEmpty()) {
            return;
        }
        Iterator<Waiter> it = waiters.iterator();
        while (it.hasNext()) {
            if (it.next().test(snapshot)) {
                it.remove();
            }
        }
    }

    /** Lock held: tests the waiter on the last delivered snapshot, else keeps it until met or expired. */
    private void register(Waiter waiter) {
        if (delivered != null && waiter.test(delivered)) {
            return;
        }
        waiters.add(waiter);
        try {
            thread.schedule(() -> expire(waiter), waiter.timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
            waiters.remove(waiter);
            waiter.result.completeExceptionally(new ReplicaTimeoutException("the replica is closed"));
        }
    }

    private void expire(Waiter waiter) {
        String at;
        synchronized (lock) {
            if (!waiters.remove(waiter)) {
                return;
            }
            at = delivered == null ? "" : " (at snapshot " + delivered.sequence() + ")";
        }
        waiter.result.completeExceptionally(new ReplicaTimeoutException("replica condition not met within "
                + waiter.timeout.toMillis() + " ms" + at));
    }

    private void execute(Runnable task) {
        try {
            thread.execute(task);
        } catch (RejectedExecutionException closed) {
            log.debug("replica is closed; dropping a delivery");
        }
    }

    private record Waiter(Predicate<ReplicaSnapshot> condition, Duration timeout,
            CompletableFuture<ReplicaSnapshot> result, ScheduledExecutorService completer) {

        /** True if settled (met, or the predicate failed); the future is completed on the publisher's thread. */
        boolean test(ReplicaSnapshot snapshot) {
            try {
                if (condition.test(snapshot)) {
                    complete(() -> result.complete(snapshot));
                    return true;
                }
                return false;
            } catch (RuntimeException e) {
                complete(() -> result.completeExceptionally(e));
                return true;
            }
        }

        private void complete(Runnable completion) {
            try {
                completer.execute(completion);
            } catch (RejectedExecutionException closed) {
                completion.run();
            }
        }
    }
}
