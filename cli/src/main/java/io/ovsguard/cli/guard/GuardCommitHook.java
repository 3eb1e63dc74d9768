package io.ovsguard.cli.guard;

import io.ovsguard.cli.call.ExitStatusException;
import io.ovsguard.cli.call.CliStreams;
import io.ovsguard.cli.exec.CommitHook;
import io.ovsguard.cli.parse.GlobalOptions;
import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.op.Operation;
import io.ovsguard.ovsdb.op.Transaction;
import io.ovsguard.validator.guard.GuardOptions;
import io.ovsguard.validator.guard.GuardOutcome;
import io.ovsguard.validator.guard.GuardRequest;
import io.ovsguard.validator.guard.GuardedCommit;
import io.ovsguard.validator.switchconf.ProposedChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Commits the ovs-vsctl engine's transaction of a DPDK change through the guard. The engine's {@code wait}s on the
 * rows it read become the guard's reads; its {@code next_cfg} increment and comment are left to the guard, which
 * bumps {@code next_cfg} itself and waits for ovs-vswitchd. Anything but a committed change ends the run with the
 * guard's exit status (3 refused, 4 a port failed, 5 indeterminate).
 */
final class GuardCommitHook implements CommitHook {

    private final ProposedChange change;
    private final GlobalOptions global;
    private final GuardOptions options;
    private final CliStreams streams;

    GuardCommitHook(ProposedChange change, GlobalOptions global, GuardOptions options, CliStreams streams) {
        this.change = change;
        this.global = global;
        this.options = options;
        this.streams = streams;
    }

    @Override
    public boolean commitInstead(BlockingOvsdbClient client, Transaction transaction) {
        Optional<GuardRequest> request = request(transaction);
        if (request.isEmpty()) {
            return unguarded("it deletes rows");
        }
        GuardOutcome outcome;
        try {
            outcome = new GuardedCommit(client, LocalVswitchd.probe(streams, global)).apply(request.get());
        } catch (IllegalArgumentException notGuardable) {
            return unguarded(notGuardable.getMessage());
        }
        int status = OutcomeReport.print(outcome, streams.err(), streams.environment().programName(), true);
        if (status != 0) {
            throw new ExitStatusException(status);
        }
        return true;
    }

    /** The guard undoes inserts and column changes; a line that also deletes rows is committed as ovs-vsctl would. */
    private boolean unguarded(String why) {
        streams.err().println(streams.environment().programName() + ": note: the DPDK change was checked but is"
                + " committed without the automatic rollback (" + why + ")");
        return false;
    }

    private Optional<GuardRequest> request(Transaction transaction) {
        List<Operation> operations = new ArrayList<>();
        List<Operation.Wait> reads = new ArrayList<>();
        for (Operation op : transaction.operations()) {
            if (op instanceof Operation.Delete) {
                return Optional.empty();
            }
            if (op instanceof Operation.Wait wait) {
                reads.add(wait);
            } else if (!isReloadBookkeeping(op)) {
                operations.add(op);
            }
        }
        return Optional.of(new GuardRequest(change, operations, reads, options));
    }

    /** The engine's {@code next_cfg} increment, its read-back and its comment. */
    private static boolean isReloadBookkeeping(Operation op) {
        if (op instanceof Operation.Comment) {
            return true;
        }
        if (op instanceof Operation.Mutate mutate) {
            return mutate.table().equals("Open_vSwitch") && mutate.mutations().size() == 1
                    && mutate.mutations().get(0).column().equals("next_cfg");
        }
        return op instanceof Operation.Select select && select.table().equals("Open_vSwitch")
                && select.columns().equals(Optional.of(List.of("next_cfg")));
    }
}
