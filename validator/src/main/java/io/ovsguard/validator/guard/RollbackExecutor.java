package io.ovsguard.validator.guard;

import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.result.ErrorTag;
import io.ovsguard.ovsdb.result.OvsdbError;
import io.ovsguard.ovsdb.result.TransactResult;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.validator.vswitchd.InterfaceState;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link RollbackPlan}: one guarded transaction, then (if asked) a wait for ovs-vswitchd, then a check that
 * every Interface the rollback restored works again.
 */
final class RollbackExecutor {

    private static final Logger log = LoggerFactory.getLogger(RollbackExecutor.class);

    /**
     * @param conflicts   non-empty when another client wrote the rows: nothing was changed
     * @param after       the rows as the rollback left them (from its own transaction)
     * @param applied     ovs-vswitchd reported cur_cfg for the rollback (false when not waited for)
     * @param restored    the Interface rows the rollback wrote back, as ovs-vswitchd left them
     */
    record Result(List<String> conflicts, Optional<DatabaseSnapshot> after, boolean applied,
                  List<InterfaceState> restored, List<String> unhealthy) {
        Result {
            conflicts = List.copyOf(conflicts);
            restored = List.copyOf(restored);
            unhealthy = List.copyOf(unhealthy);
        }
    }

    private final BlockingOvsdbClient client;
    private final DatabaseSchema schema;
    private final InterfaceObserver observer;

    RollbackExecutor(BlockingOvsdbClient client, DatabaseSchema schema, InterfaceObserver observer) {
        this.client = client;
        this.schema = schema;
        this.observer = observer;
    }

    Result execute(RollbackPlan plan, boolean waitForVswitchd, Duration timeout, Duration settle) {
        RollbackPlan.Built built = plan.build(schema, waitForVswitchd);
        TransactResult result = client.transact(built.builder().build());
        if (!result.isSuccess()) {
            OvsdbError error = result.firstError().orElseThrow();
            boolean conflict = error.tag() == ErrorTag.TIMED_OUT && error.operationIndex().isPresent()
                    && built.waitedRow(error.operationIndex().getAsInt()).isPresent();
            if (!conflict) {
                throw new GuardException("the rollback transaction failed: " + error.describe());
            }
            List<String> conflicts = plan.conflicts(GuardedCommit.snapshot(client, schema));
            log.debug("rollback refused, rows changed by another client: {}", conflicts);
            return new Result(conflicts.isEmpty() ? List.of("a row changed between the check and the rollback")
                    : conflicts, Optional.empty(), false, List.of(), List.of());
        }
        DatabaseSnapshot after = DatabaseSnapshot.from(result, built.afterSelects());
        if (!waitForVswitchd) {
            return new Result(List.of(), Optional.of(after), false, List.of(), List.of());
        }
        long target = after.root().flatMap(r -> {
            var v = VswitchdSync.integer(r, "next_cfg");
            return v.isPresent() ? Optional.of(v.getAsLong()) : Optional.empty();
        }).orElseThrow(() -> new GuardException("the database has no Open_vSwitch row"));
        boolean applied = VswitchdSync.awaitCurCfg(client, target, timeout);
        List<Uuid> interfaces = plan.restores().keySet().stream().filter(k -> k.table().equals("Interface"))
                .map(RowKey::uuid).toList();
        if (!applied) {
            return new Result(List.of(), Optional.of(after), false, List.of(), List.of());
        }
        InterfaceObserver.Observation observed = observer.observe(interfaces, Optional.empty(), settle);
        List<String> unhealthy = observed.failures().stream().map(f -> f.summary()).toList();
        return new Result(List.of(), Optional.of(after), true, observed.states(), unhealthy);
    }
}
