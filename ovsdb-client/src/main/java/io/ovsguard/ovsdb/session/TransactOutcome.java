package io.ovsguard.ovsdb.session;

import io.ovsguard.ovsdb.result.TransactResult;
import java.util.Objects;
import java.util.Optional;

/** How a transaction sent through a session ended, with unknown outcomes settled by an {@link OutcomeCheck}. */
public sealed interface TransactOutcome {

    /** True if the transaction's changes are in the database. */
    boolean isCommitted();

    /**
     * Committed. {@code result} is the server's reply; empty if the reply was lost and the check found
     * the changes.
     */
    record Committed(Optional<TransactResult> result) implements TransactOutcome {
        public Committed {
            Objects.requireNonNull(result, "result");
        }

        public boolean resolvedByCheck() {
            return result.isEmpty();
        }

        @Override
        public boolean isCommitted() {
            return true;
        }
    }

    /** The server ran the transaction and it failed (an operation or the commit); nothing changed. */
    record Rejected(TransactResult result) implements TransactOutcome {
        public Rejected {
            Objects.requireNonNull(result, "result");
        }

        @Override
        public boolean isCommitted() {
            return false;
        }
    }

    /** The reply was lost and the check found the changes absent. */
    record NotCommitted(Throwable lostBecause) implements TransactOutcome {
        public NotCommitted {
            Objects.requireNonNull(lostBecause, "lostBecause");
        }

        @Override
        public boolean isCommitted() {
            return false;
        }
    }

    /**
     * The reply was lost and the check could not run in time (or there was none): the transaction
     * may or may not have committed.
     */
    record Unresolved(Throwable lostBecause, Throwable checkFailure) implements TransactOutcome {
        public Unresolved {
            Objects.requireNonNull(lostBecause, "lostBecause");
            Objects.requireNonNull(checkFailure, "checkFailure");
        }

        @Override
        public boolean isCommitted() {
            return false;
        }
    }
}
