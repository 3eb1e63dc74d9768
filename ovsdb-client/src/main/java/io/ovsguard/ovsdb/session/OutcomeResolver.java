package io.ovsguard.ovsdb.session;

import io.ovsguard.ovsdb.OvsdbClient;
import io.ovsguard.ovsdb.error.ConnectionException;
import io.ovsguard.ovsdb.error.OutcomeUnknownException;
import io.ovsguard.ovsdb.error.RequestTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles unknown outcomes: runs the caller's check on a connection made after the loss, again on
 * the next one if that connection fails too, until a deadline.
 */
final class OutcomeResolver {

    private static final Logger log = LoggerFactory.getLogger(OutcomeResolver.class);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(50);

    private final Supplier<CompletableFuture<OvsdbClient>> clients;
    private final Duration deadline;
    private final ScheduledExecutorService timer;

    OutcomeResolver(Supplier<CompletableFuture<OvsdbClient>> clients, Duration deadline,
            ScheduledExecutorService timer) {
        this.clients = clients;
        this.deadline = deadline;
        this.timer = timer;
    }

    /**
     * @param sentOn the connection the transaction went out on: the check never runs on it once it
     *     has closed (it may still look open for a moment), but may while it is open, after a late
     *     reply, since the server answers one connection's requests in order
     */
    CompletableFuture<TransactOutcome> resolve(OutcomeUnknownException lost, OutcomeCheck check, OvsdbClient sentOn) {
        CompletableFuture<TransactOutcome> outcome = new CompletableFuture<>();
        attempt(lost, check, sentOn, System.nanoTime() + deadline.toNanos(), outcome);
        return outcome;
    }

    private void attempt(OutcomeUnknownException lost, OutcomeCheck check, OvsdbClient sentOn, long deadlineNanos,
            CompletableFuture<TransactOutcome> outcome) {
        clients.get().thenCompose(client -> {
            boolean lateReply = lost.getCause() instanceof RequestTimeoutException;
            if (client == sentOn && (!lateReply || !client.isConnected())) {
                return CompletableFuture.<Boolean>failedFuture(new ConnectionException(
                        "the connection that lost the reply is not replaced yet"));
            }
            return check.committed(client);
        }).whenComplete((committed, error) -> {
            if (error == null) {
                log.debug("an unknown transaction outcome was settled by its check: committed={}", committed);
                outcome.complete(committed ? new TransactOutcome.Committed(java.util.Optional.empty())
                        : new TransactOutcome.NotCommitted(lost));
                return;
            }
            Throwable cause = OvsdbSession.unwrap(error);
            boolean retriable = cause instanceof ConnectionException || cause instanceof RequestTimeoutException;
            if (!retriable || System.nanoTime() >= deadlineNanos) {
                outcome.complete(new TransactOutcome.Unresolved(lost, cause));
                return;
            }
            try {
                timer.schedule(() -> attempt(lost, check, sentOn, deadlineNanos, outcome), RETRY_PAUSE.toNanos(),
                        TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.RejectedExecutionException closed) {
                outcome.complete(new TransactOutcome.Unresolved(lost, cause));
            }
        });
    }
}
