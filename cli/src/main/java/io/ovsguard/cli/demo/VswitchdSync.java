package io.ovsguard.cli.demo;

import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.MonitorSubscription;
import io.ovsguard.ovsdb.monitor.MonitorMethod;
import io.ovsguard.ovsdb.monitor.MonitorNotification;
import io.ovsguard.ovsdb.monitor.MonitorRequest;
import io.ovsguard.ovsdb.monitor.RowUpdate;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.IntegerAtom;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.monitor.TableUpdates;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Waits, as ovs-vsctl does without {@code --no-wait}, until ovs-vswitchd reports through
 * {@code cur_cfg} that it has applied a given {@code next_cfg}: a monitor on that one column, so no
 * polling. The plain monitor method is used because its updates always carry the whole new row.
 */
final class VswitchdSync {

    private VswitchdSync() {
    }

    /** @return false if ovs-vswitchd did not catch up within {@code timeout} */
    static boolean awaitCurCfg(BlockingOvsdbClient client, long target, Duration timeout) throws InterruptedException {
        AtomicLong current = new AtomicLong(Long.MIN_VALUE);
        CompletableFuture<Void> reached = new CompletableFuture<>();
        MonitorSubscription subscription = client.monitor("Open_vSwitch", MonitorMethod.MONITOR,
                List.of(MonitorRequest.columnsOf("Open_vSwitch", List.of("cur_cfg"))), Optional.empty(),
                (MonitorNotification n) -> observe(n.updates(), target, current, reached));
        observe(subscription.initial(), target, current, reached);
        try {
            reached.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            client.cancelMonitor(subscription);
        }
    }

    private static void observe(TableUpdates updates, long target, AtomicLong current, CompletableFuture<Void> reached) {
        for (RowUpdate update : updates.rows("Open_vSwitch").values()) {
            update.newRow().flatMap(VswitchdSync::curCfg).ifPresent(value -> {
                current.set(value);
                if (value >= target) {
                    reached.complete(null);
                }
            });
        }
    }

    private static Optional<Long> curCfg(Row row) {
        return row.get("cur_cfg").filter(OvsdbSet.class::isInstance).map(OvsdbSet.class::cast)
                .flatMap(OvsdbSet::single).filter(IntegerAtom.class::isInstance)
                .map(atom -> ((IntegerAtom) atom).value());
    }

    static long integer(Row row, String column) {
        Atom atom = ((OvsdbSet) row.get(column).orElseThrow()).single().orElseThrow();
        return ((IntegerAtom) atom).value();
    }
}
