package io.ovsguard.ovsdb.cluster;

import io.ovsguard.ovsdb.MonitorSubscription;
import io.ovsguard.ovsdb.OvsdbClient;
import io.ovsguard.ovsdb.monitor.MonitorMethod;
import io.ovsguard.ovsdb.monitor.MonitorNotification;
import io.ovsguard.ovsdb.monitor.MonitorRequest;
import io.ovsguard.ovsdb.monitor.RowUpdate;
import io.ovsguard.ovsdb.monitor.TableUpdates;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.schema.TableSchema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches one database's row of a server's {@code _Server.Database} with a monitor and tells a
 * {@link MemberLossListener} once, when the member stops being usable: it loses its cluster connection, stops
 * leading (when the leader is required), or the database disappears. It leaves out the {@code index} and
 * {@code schema} columns, which change with every commit or are large, so the server sends only Raft state changes.
 *
 * <p>The listener runs on the client's delivery thread. A typical listener closes the client, so that a reconnecting
 * session connects again through its {@link ClusterConnector} and lands on a usable member.
 */
public final class ServerStatusWatch implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ServerStatusWatch.class);
    static final List<String> COLUMNS = List.of("name", "model", "connected", "leader", "cid", "sid");

    private final OvsdbClient client;
    private final String database;
    private final boolean leaderOnly;
    private final MemberLossListener listener;
    private final Map<Uuid, Row> rows = new HashMap<>();
    private final AtomicReference<Optional<ServerDatabaseStatus>> current = new AtomicReference<>(Optional.empty());
    private final AtomicBoolean lost = new AtomicBoolean();
    private volatile TableSchema table;
    private volatile MonitorSubscription subscription;

    private ServerStatusWatch(OvsdbClient client, String database, boolean leaderOnly, MemberLossListener listener) {
        this.client = client;
        this.database = database;
        this.leaderOnly = leaderOnly;
        this.listener = listener;
    }

    /**
     * Starts watching; completes once the monitor's first contents are in. If the member is already unusable then,
     * the listener has already been told.
     */
    public static CompletableFuture<ServerStatusWatch> start(OvsdbClient client, String database, boolean leaderOnly,
            MemberLossListener listener) {
        ServerStatusWatch watch = new ServerStatusWatch(client, database, leaderOnly, listener);
        return client.getSchema(ServerDatabaseStatus.DATABASE).thenCompose(schema -> {
            watch.table = schema.table(ServerDatabaseStatus.TABLE);
            return client.monitor(ServerDatabaseStatus.DATABASE, MonitorMethod.MONITOR_COND,
                    List.of(MonitorRequest.columnsOf(ServerDatabaseStatus.TABLE, COLUMNS)), Optional.empty(),
                    watch::onUpdate);
        }).thenApply(sub -> {
            watch.subscription = sub;
            watch.apply(sub.initial());
            return watch;
        });
    }

    /** The database's latest status as the monitor reported it ({@code index} and {@code schema} left out). */
    public Optional<ServerDatabaseStatus> current() {
        return current.get();
    }

    /** Whether the listener has been told that the member became unusable. */
    public boolean isLost() {
        return lost.get();
    }

    /** Cancels the monitor if the connection is still open; the listener hears nothing more. */
    @Override
    public void close() {
        lost.set(true);
        MonitorSubscription sub = subscription;
        if (sub != null && client.isConnected()) {
            client.cancelMonitor(sub).exceptionally(e -> {
                log.debug("[{}] cancelling the _Server monitor failed: {}", client.remote(), e.toString());
                return null;
            });
        }
    }

    private void onUpdate(MonitorNotification notification) {
        // held-back updates are released only after the reply, so the subscription is set by now
        apply(notification.updates());
    }

    private synchronized void apply(TableUpdates updates) {
        for (Map.Entry<Uuid, RowUpdate> e : updates.rows(ServerDatabaseStatus.TABLE).entrySet()) {
            RowUpdate update = e.getValue();
            if (update instanceof RowUpdate.Deleted) {
                rows.remove(e.getKey());
            } else if (update instanceof RowUpdate.Modified modified) {
                Row before = rows.get(e.getKey());
                if (before != null) {
                    rows.put(e.getKey(), modified.applyTo(before, table));
                }
            } else {
                rows.put(e.getKey(), table.withDefaults(update.newRow().orElseThrow(), COLUMNS));
            }
        }
        Optional<ServerDatabaseStatus> status = rows.values().stream().map(ServerDatabaseStatus::fromRow)
                .filter(s -> s.name().equals(database)).findFirst();
        current.set(status);
        Optional<String> reason = status.isEmpty()
                ? Optional.of(client.remote() + " no longer serves database " + database)
                : status.get().unsuitability(leaderOnly).map(r -> client.remote() + ": " + r);
        if (reason.isPresent() && lost.compareAndSet(false, true)) {
            log.debug("[{}] member became unusable: {}", client.remote(), reason.get());
            listener.onMemberLost(client, reason.get());
        }
    }
}
