package io.ovsguard.cli.exec;

import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.MonitorSubscription;
import io.ovsguard.ovsdb.monitor.MonitorMethod;
import io.ovsguard.ovsdb.monitor.MonitorRequest;
import io.ovsguard.ovsdb.notation.Row;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Tells the engine when the fetched tables changed, so a command that must try again ({@code wait-until}) runs
 * again only after a change, as ovs-vsctl waits for its IDL's next update. Started on the first try-again.
 */
final class ChangeWatch implements AutoCloseable {

    private final BlockingOvsdbClient client;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private long generation;
    private MonitorSubscription subscription;

    private ChangeWatch(BlockingOvsdbClient client) {
        this.client = client;
    }

    static ChangeWatch start(BlockingOvsdbClient client, String database, Map<String, Set<String>> tables) {
        ChangeWatch watch = new ChangeWatch(client);
        List<MonitorRequest> requests = new ArrayList<>();
        tables.forEach((table, columns) -> {
            List<String> names = new ArrayList<>(columns);
            names.remove(Row.UUID_COLUMN);
            names.remove(Row.VERSION_COLUMN);
            requests.add(MonitorRequest.columnsOf(table, names));
        });
        watch.subscription = client.monitor(database, MonitorMethod.MONITOR, requests, Optional.empty(),
                notification -> watch.signal());
        return watch;
    }

    /** A number that grows with every change seen. */
    long generation() {
        lock.lock();
        try {
            return generation;
        } finally {
            lock.unlock();
        }
    }

    /** Blocks until a change after {@code seen}, or throws {@link TimeoutExpiredException} when time runs out. */
    void awaitChangeAfter(long seen, Deadline deadline) {
        lock.lock();
        try {
            while (generation <= seen) {
                Duration left = deadline.remaining();
                changed.await(left.toNanos(), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a database change", e);
        } finally {
            lock.unlock();
        }
    }

    private void signal() {
        lock.lock();
        try {
            generation++;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        if (subscription != null && client.isConnected()) {
            client.cancelMonitor(subscription);
        }
    }
}
