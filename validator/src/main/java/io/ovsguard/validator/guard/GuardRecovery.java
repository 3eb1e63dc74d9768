package io.ovsguard.validator.guard;

import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.op.TransactionBuilder;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.validator.source.SwitchConfigReader;
import io.ovsguard.validator.vswitchd.FailureDiagnosis;
import io.ovsguard.validator.vswitchd.VswitchdLog;
import io.ovsguard.validator.vswitchd.VswitchdProbe;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles guarded changes whose guard died between commit and settlement, found by their crash marks: it lets
 * ovs-vswitchd apply the database, then keeps a change whose ports all work (removing its marks) and undoes one
 * whose ports do not, from the undo data in the marks, unless another client has since written the same columns.
 */
public final class GuardRecovery {

    private static final Logger log = LoggerFactory.getLogger(GuardRecovery.class);

    private final BlockingOvsdbClient client;
    private final VswitchdProbe probe;

    public GuardRecovery(BlockingOvsdbClient client, VswitchdProbe probe) {
        this.client = client;
        this.probe = probe;
    }

    /** The ids of every unsettled guarded change in the database, sorted. */
    public List<String> pending() {
        DatabaseSnapshot now = GuardedCommit.snapshot(client, schema());
        TreeSet<String> ids = new TreeSet<>();
        for (String table : DatabaseSnapshot.TABLES) {
            now.rows(table).values().forEach(row -> CrashMark.guardIdOf(row).ifPresent(ids::add));
        }
        return List.copyOf(ids);
    }

    /** Settles every unsettled change; an empty list when there was none. */
    public List<GuardOutcome> recoverAll(GuardOptions options) {
        List<GuardOutcome> outcomes = new ArrayList<>();
        for (String id : pending()) {
            outcomes.add(recover(id, options));
        }
        return outcomes;
    }

    public GuardOutcome recover(String id, GuardOptions options) {
        DatabaseSchema schema = schema();
        List<String> steps = new ArrayList<>();
        Optional<VswitchdLog> logMark = probe.markLog();
        boolean applied = false;
        if (options.waitForVswitchd()) {
            TransactionBuilder bump = new TransactionBuilder(schema);
            VswitchdSync.bumpNextCfg(bump);
            int select = bump.select("Open_vSwitch", List.of(), List.of("next_cfg"));
            long target = VswitchdSync.integer(client.transact(bump.build()).orThrow().rows(select).get(0),
                    "next_cfg").orElseThrow();
            applied = VswitchdSync.awaitCurCfg(client, target, options.timeout());
            steps.add(applied ? "ovs-vswitchd applied the database (cur_cfg " + target + ")"
                    : "ovs-vswitchd did not apply the database within " + options.timeout().toSeconds() + " s");
        }
        DatabaseSnapshot now = GuardedCommit.snapshot(client, schema);
        List<RowKey> marked = markedBy(schema, id, now);
        if (marked.isEmpty()) {
            return new GuardOutcome.Refused(id, Optional.empty(), "no rows are marked by guard " + id, steps);
        }
        steps.add("found " + marked.size() + " row(s) marked " + CrashMark.GUARD_KEY + "=" + id);
        InterfaceObserver observer = new InterfaceObserver(client, schema, probe);
        List<Uuid> interfaces = marked.stream().filter(k -> k.table().equals("Interface")).map(RowKey::uuid).toList();
        List<FailureDiagnosis> causes = List.of();
        if (applied) {
            InterfaceObserver.Observation seen = observer.observe(interfaces, logMark, options.settle());
            if (seen.allHealthy()) {
                MarkRemoval.remove(client, schema, marked);
                steps.add("every marked interface works: the change is kept, marks removed");
                return new GuardOutcome.Committed(id, Optional.empty(), seen.states(), List.of(), steps);
            }
            causes = seen.failures();
            causes.forEach(c -> steps.add("failed: " + c.summary()));
        }
        if (options.noRollback()) {
            MarkRemoval.remove(client, schema, marked);
            steps.add("rollback disabled: the change stays; marks removed");
            return new GuardOutcome.Failed(id, Optional.empty(), causes, Optional.empty(),
                    FailureAnalysis.fix(causes, Optional.empty()), steps);
        }
        RollbackPlanner.Planned planned = RollbackPlanner.fromMarks(schema, id, now);
        if (planned.plan().isEmpty()) {
            return new GuardOutcome.Indeterminate(id, "another client changed rows of this change after it was"
                    + " committed; nothing was overwritten", causes, planned.conflicts(), true, steps);
        }
        RollbackPlan plan = planned.plan().get();
        RollbackExecutor.Result undone = new RollbackExecutor(client, schema, observer)
                .execute(plan, applied, options.timeout(), options.settle());
        if (!undone.conflicts().isEmpty()) {
            return new GuardOutcome.Indeterminate(id, "another client changed the rows during recovery; nothing was"
                    + " overwritten", causes, undone.conflicts(), true, steps);
        }
        List<String> differences = plan.differencesFrom(restored(now, plan), undone.after().orElseThrow());
        steps.add("rolled back from the marks" + (differences.isEmpty() ? "; rows equal their recorded old values"
                : "; differences: " + differences));
        log.debug("recovered guard {}: rolled back", id);
        if (!applied) {
            return new GuardOutcome.Indeterminate(id, "ovs-vswitchd did not apply the database, so the change was"
                    + " undone without knowing whether it worked", List.of(), List.of(), false, steps);
        }
        return new GuardOutcome.RolledBack(id, Optional.empty(), causes, Optional.empty(),
                FailureAnalysis.fix(causes, Optional.empty()), differences.isEmpty(), differences, undone.restored(),
                steps);
    }

    private DatabaseSchema schema() {
        return client.getSchema(SwitchConfigReader.DATABASE);
    }

    private static List<RowKey> markedBy(DatabaseSchema schema, String id, DatabaseSnapshot now) {
        List<RowKey> out = new ArrayList<>();
        for (String table : DatabaseSnapshot.TABLES) {
            now.rows(table).forEach((uuid, row) -> {
                if (CrashMark.guardIdOf(row).filter(id::equals).isPresent()) {
                    out.add(new RowKey(table, uuid));
                }
            });
        }
        return out;
    }

    /** {@code now} with the plan's old values written in: what the rows should read after the rollback. */
    private static DatabaseSnapshot restored(DatabaseSnapshot now, RollbackPlan plan) {
        Map<String, Map<Uuid, Row>> tables = new LinkedHashMap<>();
        now.tables().forEach((table, rows) -> tables.put(table, new LinkedHashMap<>(rows)));
        plan.restores().forEach((key, columns) -> {
            Row row = tables.get(key.table()).get(key.uuid());
            for (var column : columns.entrySet()) {
                row = row.with(column.getKey(), column.getValue());
            }
            tables.get(key.table()).put(key.uuid(), row);
        });
        return new DatabaseSnapshot(tables);
    }
}
