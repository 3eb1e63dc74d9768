package io.ovsguard.validator.guard;

import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.MonitorSubscription;
import io.ovsguard.ovsdb.monitor.MonitorMethod;
import io.ovsguard.ovsdb.monitor.MonitorNotification;
import io.ovsguard.ovsdb.monitor.MonitorRequest;
import io.ovsguard.ovsdb.monitor.RowUpdate;
import io.ovsguard.ovsdb.monitor.TableUpdates;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.IntegerAtom;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.op.Mutation;
import io.ovsguard.ovsdb.op.Mutator;
import io.ovsguard.ovsdb.op.TransactionBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Asks ovs-vswitchd to apply the database ({@code next_cfg += 1} in the change's own transaction) and waits, as
 * ovs-vsctl does without {@code --no-wait}, until it reports through {@code cur_cfg} that it has: a monitor on that
 * one column, so no polling. The plain monitor method is used because its updates carry the whole new row.
 */
public final class VswitchdSync {

    private static final String ROOT = "Open_vSwitch";

    private VswitchdSync() {
    }

    /** Adds {@code next_cfg += 1} on the root row. */
    public static void bumpNextCfg(TransactionBuilder tx) {
        tx.mutate(ROOT, List.of(), List.of(new Mutation("next_cfg", Mutator.ADD, OvsdbSet.of(Atom.integer(1)))));
    }

    /** The root row's {@code next_cfg} (or any integer column) from a selected row. */
    public static OptionalLong integer(Row row, String column) {
        return row.get(column).filter(OvsdbSet.class::isInstance).map(OvsdbSet.class::cast).flatMap(OvsdbSet::single)
                .filter(IntegerAtom.class::isInstance).map(a -> OptionalLong.of(((IntegerAtom) a).value()))
                .orElse(OptionalLong.empty());
    }

    /**
     * @return true once {@code cur_cfg >= target}; false if ovs-vswitchd did not get there within {@code timeout}
     */
    public static boolean awaitCurCfg(BlockingOvsdbClient client, long target, Duration timeout) {
        CompletableFuture<Void> reached = new CompletableFuture<>();
        AtomicLong current = new AtomicLong(Long.MIN_VALUE);
        MonitorSubscription subscription = client.monitor(ROOT, MonitorMethod.MONITOR,
                List.of(MonitorRequest.columnsOf(ROOT, List.of("cur_cfg"))), Optional.empty(),
                (MonitorNotification n) -> observe(n.updates(), target, current, reached));
        observe(subscription.initial(), target, current, reached);
        try {
            reached.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("cur_cfg monitor failed", e.getCause());
        } finally {
            if (client.isConnected()) {
                client.cancelMonitor(subscription);
            }
        }
    }

    private static void observe(TableUpdates updates, long target, AtomicLong current,
                                CompletableFuture<Void> reached) {
        for (RowUpdate update : updates.rows(ROOT).values()) {
            update.newRow().ifPresent(row -> integer(row, "cur_cfg").ifPresent(value -> {
                current.set(value);
                if (value >= target) {
                    reached.complete(null);
                }
            }));
        }
    }
}
