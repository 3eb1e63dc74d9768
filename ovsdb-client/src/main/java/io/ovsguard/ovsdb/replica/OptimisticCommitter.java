package io.ovsguard.ovsdb.replica;

import io.ovsguard.ovsdb.result.ErrorTag;
import io.ovsguard.ovsdb.result.OvsdbError;
import io.ovsguard.ovsdb.session.OutcomeCheck;
import io.ovsguard.ovsdb.session.TransactOutcome;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ovs-vsctl's commit loop as one call: run the change on the latest snapshot, commit it guarded by
 * what it read, and when a guard fails (someone changed what was read) wait for the replica to see
 * that change and try again, up to a bound.
 */
final class OptimisticCommitter {

    private static final Logger log = LoggerFactory.getLogger(OptimisticCommitter.class);
    /** How long to wait for the replica to catch up with the change that broke a guard. */
    private static final Duration CATCH_UP = Duration.ofSeconds(5);

    private final Replica replica;
    private final ChangeFunction change;
    private final OutcomeCheck check;
    private final int maxAttempts;

    OptimisticCommitter(Replica replica, ChangeFunction change, OutcomeCheck check, int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        this.replica = replica;
        this.change = change;
        this.check = check;
        this.maxAttempts = maxAttempts;
    }

    CompletableFuture<CommitReport> run() {
        return attempt(1, replica.snapshot());
    }

    private CompletableFuture<CommitReport> attempt(int number, ReplicaSnapshot snapshot) {
        GuardedTransaction transaction = new GuardedTransaction(snapshot);
        try {
            change.apply(transaction);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        int guards = transaction.guardCount();
        return replica.session().transact(transaction.build(), check).thenCompose(outcome -> {
            if (!isConflict(outcome, guards) || number >= maxAttempts) {
                return CompletableFuture.completedFuture(new CommitReport(outcome, number));
            }
            log.debug("optimistic commit attempt {} conflicted; retrying on a newer snapshot", number);
            return replica.awaitCondition(s -> s.sequence() > snapshot.sequence(), CATCH_UP)
                    .handle((newer, error) -> newer != null ? newer : replica.snapshot())
                    .thenCompose(newer -> attempt(number + 1, newer));
        });
    }

    /** A wait guard (one of the first {@code guards} operations) timed out: what was read changed. */
    private static boolean isConflict(TransactOutcome outcome, int guards) {
        if (!(outcome instanceof TransactOutcome.Rejected rejected)) {
            return false;
        }
        Optional<OvsdbError> error = rejected.result().firstError();
        return error.isPresent() && error.get().tag() == ErrorTag.TIMED_OUT
                && error.get().operationIndex().isPresent() && error.get().operationIndex().getAsInt() < guards;
    }
}
