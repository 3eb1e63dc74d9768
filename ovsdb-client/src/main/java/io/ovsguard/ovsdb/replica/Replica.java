package io.ovsguard.ovsdb.replica;

import io.ovsguard.ovsdb.MonitorSubscription;
import io.ovsguard.ovsdb.OvsdbClient;
import io.ovsguard.ovsdb.error.OvsdbException;
import io.ovsguard.ovsdb.monitor.MonitorMethod;
import io.ovsguard.ovsdb.monitor.MonitorNotification;
import io.ovsguard.ovsdb.monitor.MonitorRequest;
import io.ovsguard.ovsdb.monitor.NonBlockingUpdateListener;
import io.ovsguard.ovsdb.monitor.TableUpdates;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.ovsdb.session.OutcomeCheck;
import io.ovsguard.ovsdb.session.OvsdbSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A live in-memory copy of a database, kept over an {@link OvsdbSession}: on every connection it
 * monitors with {@code monitor_cond_since} (resuming from the last transaction it saw where the
 * server can), falling back to {@code monitor_cond} and {@code monitor} when the server does not
 * know a method. Each update is applied atomically into a new immutable {@link ReplicaSnapshot};
 * an update that does not fit (a change to an unknown row) makes it reload in full.
 *
 * <p>Updates are applied on the thread that reads the connection, as they are decoded, with no
 * thread hand-over (updates that arrive before the monitor's reply are held and applied after it
 * as one batch). Listeners run on the replica's own thread, in order, once per snapshot, so a slow
 * listener never holds up reading; condition waiters are tested on every published snapshot.
 */
public final class Replica implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Replica.class);

    private final OvsdbSession session;
    private final ReplicaSpec spec;
    private final SnapshotPublisher publisher;
    private final CompletableFuture<Replica> firstSync = new CompletableFuture<>();
    private final AtomicLong fullLoads = new AtomicLong();
    private final Object lock = new Object();

    // guarded by lock
    private Map<String, MonitorRequest> requests;
    private UpdateApplier applier;
    private ReplicaSnapshot current;
    private ReplicaFeed feed;
    private Optional<Uuid> resumeFrom = Optional.empty();
    private boolean closed;

    private volatile ReplicaSnapshot published;

    private Replica(OvsdbSession session, ReplicaSpec spec) {
        this.session = session;
        this.spec = spec;
        this.publisher = new SnapshotPublisher("ovsdb-replica-" + spec.database());
    }

    /** Starts replicating; the future completes once the first full copy is in. */
    public static CompletableFuture<Replica> start(OvsdbSession session, ReplicaSpec spec) {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(spec, "spec");
        Replica replica = new Replica(session, spec);
        session.addConnectionHook(replica::onConnected).whenComplete((ignored, error) -> {
            if (error != null) {
                replica.firstSync.completeExceptionally(error);
            }
        });
        return replica.firstSync;
    }

    /** The latest consistent snapshot. */
    public ReplicaSnapshot snapshot() {
        return published;
    }

    public OvsdbSession session() {
        return session;
    }

    public String database() {
        return spec.database();
    }

    public void addListener(ReplicaListener listener) {
        publisher.addListener(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(ReplicaListener listener) {
        publisher.removeListener(listener);
    }

    /**
     * Completes with the first delivered snapshot (the latest one now, or a later one) for which
     * {@code condition} holds; fails with {@link ReplicaTimeoutException} after {@code timeout}.
     * The condition is tested on every snapshot the replica publishes, so a state the replica
     * reaches is never missed; a state passed through inside one batch of updates is not published.
     * The condition must be quick and must not block: it may be tested on the thread that reads the
     * connection. The future is completed on the replica's own thread.
     */
    public CompletableFuture<ReplicaSnapshot> awaitCondition(Predicate<ReplicaSnapshot> condition, Duration timeout) {
        return publisher.await(Objects.requireNonNull(condition, "condition"), timeout);
    }

    /** How many times the replica loaded everything from scratch (first sync included). */
    public long fullLoads() {
        return fullLoads.get();
    }

    /** The monitor method the server accepted on the current connection, if any. */
    public Optional<MonitorMethod> monitorMethod() {
        synchronized (lock) {
            return feed == null || feed.subscription == null ? Optional.empty()
                    : Optional.of(feed.subscription.method());
        }
    }

    /**
     * Replicates only the rows of {@code table} that match {@code where} from now on (all rows for an
     * empty list), with {@code monitor_cond_change} on the current connection and in every later
     * monitor request. Fails if the server only knows plain {@code monitor}.
     */
    public CompletableFuture<Void> changeConditions(String table, List<Condition> where) {
        ReplicaFeed target;
        MonitorRequest changed;
        synchronized (lock) {
            if (requests == null || !requests.containsKey(table)) {
                return CompletableFuture.failedFuture(new OvsdbException("table " + table + " is not replicated"));
            }
            changed = requests.get(table).withWhere(where);
            requests.put(table, changed);
            // an old transaction id no longer describes what this replica holds
            resumeFrom = Optional.empty();
            target = feed != null && feed.installed ? feed : null;
        }
        if (target == null) {
            return CompletableFuture.completedFuture(null);
        }
        if (!target.subscription.method().isConditional()) {
            return CompletableFuture.failedFuture(new OvsdbException(
                    "the server only supports plain monitor, which has no row conditions"));
        }
        return target.client.changeMonitorConditions(target.subscription, List.of(changed));
    }

    /**
     * Runs {@code change} against a snapshot and commits what it wrote, guarded by {@code wait}
     * operations on what it read; on a conflict it retries on a newer snapshot, at most
     * {@code maxAttempts} times in all. See {@link OptimisticCommitter}.
     */
    public CompletableFuture<CommitReport> commit(ChangeFunction change, OutcomeCheck check, int maxAttempts) {
        return new OptimisticCommitter(this, change, check, maxAttempts).run();
    }

    /** Stops replicating: cancels the monitor and fails pending condition waits. */
    @Override
    public void close() {
        ReplicaFeed last;
        synchronized (lock) {
            closed = true;
            last = feed;
            feed = null;
        }
        if (last != null && last.subscription != null && last.client.isConnected()) {
            last.client.cancelMonitor(last.subscription);
        }
        publisher.close();
    }

    private CompletableFuture<Void> onConnected(OvsdbClient client) {
        return client.getSchema(spec.database()).thenCompose(schema -> {
            ReplicaFeed next;
            Optional<Uuid> since;
            synchronized (lock) {
                if (closed) {
                    return CompletableFuture.completedFuture(null);
                }
                initialise(schema);
                next = new ReplicaFeed(client);
                feed = next;
                since = resumeFrom;
            }
            return subscribe(next, since, MonitorMethod.MONITOR_COND_SINCE);
        });
    }

    private void initialise(DatabaseSchema schema) {
        if (requests != null) {
            return;
        }
        requests = new LinkedHashMap<>();
        if (spec.requests().isEmpty()) {
            schema.tables().keySet().forEach(t -> requests.put(t, MonitorRequest.allOf(t)));
        } else {
            spec.requests().forEach(r -> requests.put(r.table(), r));
        }
        Map<String, List<String>> columns = new LinkedHashMap<>();
        requests.values().forEach(r -> r.columns().ifPresent(c -> columns.put(r.table(), c)));
        applier = new UpdateApplier(columns);
        current = ReplicaSnapshot.empty(schema, requests.keySet());
    }

    private CompletableFuture<Void> subscribe(ReplicaFeed target, Optional<Uuid> since, MonitorMethod method) {
        List<MonitorRequest> asked;
        synchronized (lock) {
            asked = new ArrayList<>(requests.values());
        }
        if (!method.isConditional()) {
            asked = asked.stream().map(r -> new MonitorRequest(r.table(), r.columns(), r.select(),
                    Optional.empty())).toList();
        }
        Optional<Uuid> resume = method == MonitorMethod.MONITOR_COND_SINCE ? since : Optional.empty();
        NonBlockingUpdateListener listener = n -> onUpdate(target, n);
        return target.client.monitor(spec.database(), method, asked, resume, listener)
                .handle((subscription, error) -> {
                    if (error == null) {
                        install(target, subscription);
                        return CompletableFuture.<Void>completedFuture(null);
                    }
                    Optional<MonitorMethod> older = MonitorFallback.after(method, error);
                    if (older.isPresent()) {
                        log.debug("the server does not know {}; trying {}", method.wireName(), older.get().wireName());
                        return subscribe(target, since, older.get());
                    }
                    return CompletableFuture.<Void>failedFuture(error);
                }).thenCompose(f -> f);
    }

    /**
     * Installs a monitor's initial contents. The (possibly large) load is built outside the lock, so
     * the thread reading the connection, which takes the lock to hold back or apply an update, is
     * never stalled by it; nothing else changes the replica meanwhile, since only an installed feed
     * applies updates and this feed is the current one until replaced.
     */
    private void install(ReplicaFeed target, MonitorSubscription subscription) {
        ReplicaSnapshot before;
        synchronized (lock) {
            if (target != feed || closed) {
                return;
            }
            target.subscription = subscription;
            before = current;
        }
        Optional<Uuid> txn = subscription.lastTxnId().filter(id -> !id.equals(Uuid.ZERO));
        boolean resync = !subscription.resumed();
        ReplicaSnapshot after;
        TableUpdates difference;
        try {
            if (resync) {
                after = applier.replace(before, subscription.initial(), txn);
                // from an empty replica the initial contents are the difference; else compute it
                difference = before.rowCount() == 0 ? subscription.initial() : SnapshotDiff.between(before, after);
            } else {
                after = applier.apply(before, subscription.initial(), txn);
                difference = subscription.initial();
            }
        } catch (ReplicaInconsistencyException e) {
            synchronized (lock) {
                if (target == feed && !closed) {
                    log.warn("{}; reloading the replica", e.getMessage());
                    reload(target);
                }
            }
            return;
        }
        synchronized (lock) {
            if (target != feed || closed) {
                return;
            }
            if (resync) {
                fullLoads.incrementAndGet();
            }
            publish(before, after, difference, resync);
            resumeFrom = txn;
            target.installed = true;
            if (!target.held.isEmpty()) {
                List<MonitorNotification> held = List.copyOf(target.held);
                target.held.clear();
                applyBatch(target, held);
                if (target != feed) {
                    return;
                }
            }
        }
        firstSync.complete(this);
    }

    /**
     * Called in order on the thread that reads the connection (the monitor's listener is a
     * {@link NonBlockingUpdateListener}): applies the update right there, with no thread hand-over,
     * and publishes the new snapshot; listeners then get it on the publisher's thread.
     */
    private void onUpdate(ReplicaFeed target, MonitorNotification notification) {
        synchronized (lock) {
            if (target != feed || closed) {
                return;
            }
            if (!target.installed) {
                target.held.add(notification);
                return;
            }
            applyBatch(target, List.of(notification));
        }
    }

    /** Applies {@code batch} all or nothing, publishing one snapshot; reloads if it does not fit. Lock held. */
    private void applyBatch(ReplicaFeed target, List<MonitorNotification> batch) {
        ReplicaSnapshot before = current;
        List<TableUpdates> updates = new ArrayList<>(batch.size());
        Optional<Uuid> txn = Optional.empty();
        for (MonitorNotification notification : batch) {
            updates.add(notification.updates());
            if (notification.lastTxnId().isPresent()) {
                txn = notification.lastTxnId();
            }
        }
        try {
            ReplicaSnapshot after = applier.applyAll(before, updates, txn);
            publish(before, after, BatchUpdates.merge(updates, before, after), false);
            if (txn.isPresent()) {
                resumeFrom = txn;
            }
        } catch (ReplicaInconsistencyException e) {
            log.warn("{}; reloading the replica", e.getMessage());
            reload(target);
        }
    }

    /** Replaces the feed with a fresh monitor on the same connection, without resuming. Lock held. */
    private void reload(ReplicaFeed broken) {
        ReplicaFeed fresh = new ReplicaFeed(broken.client);
        feed = fresh;
        resumeFrom = Optional.empty();
        if (broken.subscription != null) {
            broken.client.cancelMonitor(broken.subscription);
        }
        subscribe(fresh, Optional.empty(), MonitorMethod.MONITOR_COND_SINCE).whenComplete((ignored, error) -> {
            if (error != null) {
                log.warn("could not reload the replica; reconnecting: {}", error.getMessage());
                broken.client.closeAsync();
            }
        });
    }

    /** Lock held. */
    private void publish(ReplicaSnapshot before, ReplicaSnapshot after, TableUpdates updates, boolean resync) {
        current = after;
        published = after;
        publisher.publish(new ReplicaChange(before, after, updates, resync));
    }
}
