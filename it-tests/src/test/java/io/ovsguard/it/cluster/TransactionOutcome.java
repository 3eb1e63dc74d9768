package io.ovsguard.it.cluster;

import io.ovsguard.ovsdb.error.OutcomeUnknownException;
import io.ovsguard.ovsdb.error.RequestTimeoutException;
import io.ovsguard.ovsdb.result.TransactResult;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** What the client reported for one transaction. */
enum TransactionOutcome {
    /** The server replied and every operation succeeded. */
    COMMITTED,
    /** The server replied with an error, or the request certainly never left the client. */
    FAILED,
    /** The reply was lost (connection dropped or timed out after sending): only a read can tell. */
    UNKNOWN;

    static TransactionOutcome of(TransactResult result, Throwable error) {
        if (error == null) {
            return result.isSuccess() ? COMMITTED : FAILED;
        }
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof OutcomeUnknownException || cause instanceof RequestTimeoutException ? UNKNOWN : FAILED;
    }
}
