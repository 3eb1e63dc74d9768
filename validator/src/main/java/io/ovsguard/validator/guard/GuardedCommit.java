package io.ovsguard.validator.guard;

import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.error.OutcomeUnknownException;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.op.TransactionBuilder;
import io.ovsguard.ovsdb.result.ErrorTag;
import io.ovsguard.ovsdb.result.OvsdbError;
import io.ovsguard.ovsdb.result.TransactResult;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.validator.report.Report;
import io.ovsguard.validator.rule.Validator;
import io.ovsguard.validator.source.SwitchConfigReader;
import io.ovsguard.validator.switchconf.SwitchConfig;
import io.ovsguard.validator.vswitchd.FailureDiagnosis;
import io.ovsguard.validator.vswitchd.VswitchdLog;
import io.ovsguard.validator.vswitchd.VswitchdProbe;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The guarded commit: validate (refuse unless forced), commit in one transaction pinned to the rows it reads and
 * marked for crash recovery, wait for ovs-vswitchd, judge every port the change touched by every signal there is,
 * and either settle (remove the marks) or undo the change in a second guarded transaction and prove that the rows
 * are back as they were. Used by the CLI and by controllers alike.
 *
 * <pre>{@code
 * GuardOutcome outcome = new GuardedCommit(client, VswitchdProbe.local(ctl, log))
 *         .apply(DpdkChanges.addPort(client, "br0", "p1", "net_null1", OptionalLong.of(9000), Map.of(), options));
 * }</pre>
 */
public final class GuardedCommit {

    private static final Logger log = LoggerFactory.getLogger(GuardedCommit.class);

    private final BlockingOvsdbClient client;
    private final VswitchdProbe probe;
    private final Validator validator = new Validator();

    public GuardedCommit(BlockingOvsdbClient client, VswitchdProbe probe) {
        this.client = client;
        this.probe = probe;
    }

    /**
     * @throws IllegalArgumentException if the change cannot be guarded (it deletes rows or writes other tables)
     * @throws io.ovsguard.ovsdb.error.OvsdbException if the database cannot be reached before the commit
     */
    public GuardOutcome apply(GuardRequest request) {
        String id = newGuardId();
        GuardOptions options = request.options();
        List<String> steps = new ArrayList<>();
        DatabaseSchema schema = client.getSchema(SwitchConfigReader.DATABASE);
        SwitchConfig config = new SwitchConfigReader(client).read();
        Optional<Report> report = Optional.empty();
        if (!options.noValidate()) {
            report = Optional.of(validator.validate(config, options.host().get(), request.change()));
            steps.add("validated: " + report.get().findings().size() + " finding(s), "
                    + (report.get().hasBlocking() ? "predicts a failure" : "no blocking finding"));
            if (report.get().hasBlocking() && !options.force()) {
                return new GuardOutcome.Refused(id, report, "the validator predicts this change fails ("
                        + String.join(", ", report.get().findings().stream().filter(f -> f.blocking())
                        .map(f -> f.id() + " " + f.subject()).toList()) + "); nothing was committed", steps);
            }
        }
        DatabaseSnapshot before = snapshot(client, schema);
        CommitPlan plan = CommitPlanner.plan(schema, before, request.operations(), request.reads(), id,
                options.waitForVswitchd());
        Optional<String> pending = pendingGuard(before, plan);
        if (pending.isPresent()) {
            return new GuardOutcome.Refused(id, report, "a row this change writes is still marked by the unsettled"
                    + " guarded change " + pending.get() + "; run recover first", steps);
        }
        Optional<VswitchdLog> logMark = probe.markLog();
        TransactResult result;
        try {
            result = client.transact(plan.transaction());
        } catch (OutcomeUnknownException e) {
            steps.add("the connection was lost while committing: " + e.getMessage());
            return new GuardOutcome.Indeterminate(id, "the commit's outcome is unknown (connection lost)", List.of(),
                    List.of(), true, steps);
        }
        if (!result.isSuccess()) {
            return refusedCommit(id, report, result.firstError().orElseThrow(), steps);
        }
        DatabaseSnapshot after = DatabaseSnapshot.from(result, plan.afterSelects());
        steps.add("committed with crash marks " + CrashMark.GUARD_KEY + "=" + id);
        options.hooks().afterCommit(id);
        List<String> restartOnly = RestartOnlyKeys.in(request.change());
        if (!restartOnly.isEmpty()) {
            steps.add(String.join(", ", restartOnly) + " take effect only when ovs-vswitchd restarts;"
                    + " the validator checked the restarted switch");
        }
        if (!options.waitForVswitchd()) {
            settle(schema, id, plan, result);
            steps.add("not waiting for ovs-vswitchd: the ports were not checked");
            return new GuardOutcome.Committed(id, report, List.of(), restartOnly, steps);
        }
        InterfaceObserver observer = new InterfaceObserver(client, schema, probe);
        RollbackExecutor rollback = new RollbackExecutor(client, schema, observer);
        long target = VswitchdSync.integer(after.root().orElseThrow(), "next_cfg").orElseThrow();
        if (!VswitchdSync.awaitCurCfg(client, target, options.timeout())) {
            return notApplied(id, schema, plan, result, before, after, rollback, options, steps);
        }
        steps.add("ovs-vswitchd applied it (cur_cfg " + target + ")");
        List<Uuid> interfaces = ObservedInterfaces.of(plan, result, before);
        InterfaceObserver.Observation seen = observer.observe(interfaces, logMark, options.settle());
        if (seen.allHealthy()) {
            settle(schema, id, plan, result);
            steps.add("every touched interface works; marks removed");
            return new GuardOutcome.Committed(id, report, seen.states(), restartOnly, steps);
        }
        List<FailureDiagnosis> causes = seen.failures();
        causes.forEach(c -> steps.add("failed: " + c.summary()));
        if (report.isEmpty()) {
            report = Optional.of(validator.validate(config, options.host().get(), request.change()));
        }
        Optional<MemoryFigures> memory = FailureAnalysis.memory(causes, report, probe);
        Optional<String> fix = FailureAnalysis.fix(causes, report);
        if (options.noRollback()) {
            settle(schema, id, plan, result);
            steps.add("rollback disabled: the change stays; marks removed");
            return new GuardOutcome.Failed(id, report, causes, memory, fix, steps);
        }
        RollbackPlan inverse = RollbackPlanner.fromCommit(plan, result, before, after);
        RollbackExecutor.Result undone = rollback.execute(inverse, true, options.timeout(), options.settle());
        if (!undone.conflicts().isEmpty()) {
            steps.add("not rolled back: another client changed the rows");
            return new GuardOutcome.Indeterminate(id, "the change failed, and another client changed its rows before"
                    + " the rollback; nothing was overwritten", causes, undone.conflicts(), true, steps);
        }
        List<String> differences = inverse.differencesFrom(before, undone.after().orElseThrow());
        steps.add("rolled back" + (differences.isEmpty() ? "; rows equal the snapshot taken before the change"
                : "; differences: " + differences));
        if (!undone.applied()) {
            steps.add("ovs-vswitchd did not apply the rollback within " + options.timeout().toSeconds() + " s");
        }
        undone.unhealthy().forEach(u -> steps.add("still not working after the rollback: " + u));
        log.debug("guard {}: rolled back after {}", id, causes);
        return new GuardOutcome.RolledBack(id, report, causes, memory, fix, differences.isEmpty(), differences,
                undone.restored(), steps);
    }

    /** Every row of the guarded tables, in one transaction. */
    static DatabaseSnapshot snapshot(BlockingOvsdbClient client, DatabaseSchema schema) {
        TransactionBuilder tx = new TransactionBuilder(schema);
        var indices = DatabaseSnapshot.selectAll(tx);
        return DatabaseSnapshot.from(client.transact(tx.build()).orThrow(), indices);
    }

    /** Removes the crash marks of a change whose outcome is decided. */
    private void settle(DatabaseSchema schema, String id, CommitPlan plan, TransactResult result) {
        List<RowKey> rows = new ArrayList<>(plan.modified().keySet());
        for (CommitPlan.PlannedInsert insert : plan.inserted()) {
            rows.add(new RowKey(insert.table(), result.uuidOf(insert.name())));
        }
        MarkRemoval.remove(client, schema, rows);
        log.debug("guard {}: settled", id);
    }

    private GuardOutcome notApplied(String id, DatabaseSchema schema, CommitPlan plan, TransactResult result,
                                    DatabaseSnapshot before, DatabaseSnapshot after, RollbackExecutor rollback,
                                    GuardOptions options, List<String> steps) {
        boolean alive = probe.responsive().orElse(true);
        String why = "ovs-vswitchd did not apply the change within " + options.timeout().toSeconds() + " s"
                + (alive ? "" : " and does not answer on its unixctl socket (not running?)");
        steps.add(why);
        if (options.noRollback()) {
            settle(schema, id, plan, result);
            return new GuardOutcome.Indeterminate(id, why + "; rollback disabled, the change stays", List.of(),
                    List.of(), false, steps);
        }
        RollbackPlan inverse = RollbackPlanner.fromCommit(plan, result, before, after);
        RollbackExecutor.Result undone = rollback.execute(inverse, false, options.timeout(), options.settle());
        if (!undone.conflicts().isEmpty()) {
            return new GuardOutcome.Indeterminate(id, why + "; another client changed the rows, nothing was"
                    + " overwritten", List.of(), undone.conflicts(), true, steps);
        }
        List<String> differences = inverse.differencesFrom(before, undone.after().orElseThrow());
        steps.add("the change was undone in the database" + (differences.isEmpty()
                ? " (rows equal the snapshot taken before it)" : "; differences: " + differences)
                + "; ovs-vswitchd will read the original configuration when it runs again");
        return new GuardOutcome.Indeterminate(id, why + "; the database change was rolled back, what ovs-vswitchd"
                + " did with it is unknown", List.of(), List.of(), false, steps);
    }

    private static GuardOutcome refusedCommit(String id, Optional<Report> report, OvsdbError error,
                                              List<String> steps) {
        String reason = error.tag() == ErrorTag.TIMED_OUT
                ? "the rows changed since they were read (" + error.describe() + "); nothing was committed"
                : "the database refused the commit: " + error.describe();
        steps.add(reason);
        return new GuardOutcome.Refused(id, report, reason, steps);
    }

    private static Optional<String> pendingGuard(DatabaseSnapshot before, CommitPlan plan) {
        for (RowKey key : plan.modified().keySet()) {
            Optional<String> other = before.row(key).flatMap(CrashMark::guardIdOf);
            if (other.isPresent()) {
                return other;
            }
        }
        return Optional.empty();
    }

    /**
     * Eight hex digits naming this guarded change in its crash marks. Unique enough among one host's changes; not a
     * secret, so no {@code SecureRandom}, whose seeding (the JDK's security providers) costs a command-line call
     * about 9 ms of CPU.
     */
    private static String newGuardId() {
        String hex = Integer.toHexString(ThreadLocalRandom.current().nextInt());
        return "00000000".substring(hex.length()) + hex;
    }
}
