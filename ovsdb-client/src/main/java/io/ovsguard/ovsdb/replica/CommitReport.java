package io.ovsguard.ovsdb.replica;

import io.ovsguard.ovsdb.result.ErrorTag;
import io.ovsguard.ovsdb.session.TransactOutcome;
import java.util.Objects;

/**
 * How an optimistic commit ended.
 *
 * @param outcome the last attempt's outcome
 * @param attempts how many transactions were sent
 */
public record CommitReport(TransactOutcome outcome, int attempts) {

    public CommitReport {
        Objects.requireNonNull(outcome, "outcome");
    }

    public boolean isCommitted() {
        return outcome.isCommitted();
    }

    /** True if it gave up because what it read kept changing. */
    public boolean gaveUpOnConflicts() {
        return outcome instanceof TransactOutcome.Rejected rejected
                && rejected.result().firstError().map(e -> e.tag() == ErrorTag.TIMED_OUT).orElse(false);
    }
}
