package io.ovsguard.ovsdb.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.ovsdb.OvsdbClient;
import io.ovsguard.ovsdb.error.ConnectionException;
import io.ovsguard.ovsdb.op.Operation;
import io.ovsguard.ovsdb.op.Transaction;
import io.ovsguard.ovsdb.result.OperationResult;
import io.ovsguard.ovsdb.result.TransactResult;
import io.ovsguard.ovsdb.testing.Eventually;
import io.ovsguard.ovsdb.testing.FakeOvsdbClient;
import io.ovsguard.ovsdb.testing.Fixtures;
import io.ovsguard.ovsdb.testing.ScriptedConnector;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OvsdbSessionTest {

    private static final Transaction COMMENT = new Transaction("Open_vSwitch",
            List.of(new Operation.Comment("hello")));

    private final ScriptedConnector connector = new ScriptedConnector();
    private final OvsdbSession session = OvsdbSession.start(connector, SessionOptions.defaults()
            .withBackoff(new ReconnectBackoff(Duration.ofMillis(1), Duration.ofMillis(5), 2, 0.5))
            .withJitterSeed(3));
    private final List<SessionState> states = new CopyOnWriteArrayList<>();

    OvsdbSessionTest() {
        session.addStateListener((previous, current) -> states.add(current));
    }

    @AfterEach
    void close() {
        session.close();
    }

    private FakeOvsdbClient client(String name) {
        return new FakeOvsdbClient(name, Fixtures.vswitchSchema());
    }

    @Test
    void failedAttemptsBackOffAndTheNextSuccessConnects() throws Exception {
        connector.nextAttempt().completeExceptionally(new ConnectionException("refused"));
        connector.nextAttempt().completeExceptionally(new ConnectionException("refused"));
        connector.nextAttempt().complete(client("third"));

        Eventually.until("connected", () -> session.state() == SessionState.CONNECTED);
        assertThat(connector.attempts()).isEqualTo(3);
        Eventually.until("listener heard CONNECTED", () -> states.contains(SessionState.CONNECTED));
        assertThat(states).containsExactly(SessionState.BACKOFF, SessionState.CONNECTING, SessionState.BACKOFF,
                SessionState.CONNECTING, SessionState.CONNECTED);
    }

    @Test
    void aDroppedConnectionIsReplacedAndHooksRunAgainOnTheNewOne() throws Exception {
        List<OvsdbClient> hooked = new CopyOnWriteArrayList<>();
        session.addConnectionHook(c -> {
            hooked.add(c);
            return CompletableFuture.completedFuture(null);
        });
        FakeOvsdbClient first = client("first");
        connector.nextAttempt().complete(first);
        Eventually.until("connected", () -> session.state() == SessionState.CONNECTED);

        first.drop();
        FakeOvsdbClient second = client("second");
        connector.nextAttempt().complete(second);

        Eventually.until("hook ran on the second connection", () -> hooked.contains(second));
        Eventually.until("connected again", () -> session.state() == SessionState.CONNECTED);
        assertThat(hooked).containsExactly(first, second);
        assertThat(session.client().get(5, TimeUnit.SECONDS)).isSameAs(second);
    }

    @Test
    void aHookAddedWhileConnectingRunsBeforeTheSessionCountsAsConnected() throws Exception {
        CompletableFuture<OvsdbClient> attempt = connector.nextAttempt();
        CompletableFuture<Void> slowHook = new CompletableFuture<>();
        session.addConnectionHook(c -> slowHook);
        FakeOvsdbClient client = client("only");
        attempt.complete(client);
        // the first hook is still running when the second one is added
        List<OvsdbClient> late = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> added = session.addConnectionHook(c -> {
            late.add(c);
            return CompletableFuture.completedFuture(null);
        });
        slowHook.complete(null);

        added.get(5, TimeUnit.SECONDS);
        Eventually.until("connected", () -> session.state() == SessionState.CONNECTED);
        assertThat(late).containsExactly(client);
    }

    @Test
    void aFailingHookClosesTheConnectionAndTheSessionTriesAgain() throws Exception {
        CompletableFuture<Void> firstRun = CompletableFuture.failedFuture(new ConnectionException("monitor refused"));
        List<CompletableFuture<Void>> runs = new CopyOnWriteArrayList<>(List.of(firstRun));
        session.addConnectionHook(c -> runs.isEmpty() ? CompletableFuture.completedFuture(null) : runs.remove(0));
        FakeOvsdbClient first = client("first");
        connector.nextAttempt().complete(first);

        FakeOvsdbClient second = client("second");
        connector.nextAttempt().complete(second);

        Eventually.until("connected", () -> session.state() == SessionState.CONNECTED);
        assertThat(first.isConnected()).isFalse();
        assertThat(session.client().get(5, TimeUnit.SECONDS)).isSameAs(second);
    }

    @Test
    void aTransactionLostWithItsConnectionIsNotResentAndItsCheckRunsOnTheNextConnection() throws Exception {
        FakeOvsdbClient first = client("first");
        connector.nextAttempt().complete(first);
        List<OvsdbClient> checkedOn = new CopyOnWriteArrayList<>();
        CompletableFuture<TransactOutcome> outcome = session.transact(COMMENT, c -> {
            checkedOn.add(c);
            return CompletableFuture.completedFuture(true);
        });
        Eventually.until("sent", () -> first.transactions.size() == 1);

        first.drop();
        FakeOvsdbClient second = client("second");
        connector.nextAttempt().complete(second);

        TransactOutcome settled = outcome.get(5, TimeUnit.SECONDS);
        assertThat(settled).isInstanceOf(TransactOutcome.Committed.class);
        assertThat(((TransactOutcome.Committed) settled).resolvedByCheck()).isTrue();
        assertThat(checkedOn).containsExactly(second);
        assertThat(second.transactions).as("never replayed").isEmpty();
    }

    @Test
    void aTransactionTheServerRejectsIsReportedAsRejected() throws Exception {
        FakeOvsdbClient only = client("only");
        connector.nextAttempt().complete(only);
        CompletableFuture<TransactOutcome> outcome = session.transact(COMMENT, OutcomeCheck.none());
        Eventually.until("sent", () -> only.transactions.size() == 1);

        TransactResult failed = new TransactResult(COMMENT, List.of(new OperationResult.Failed(
                io.ovsguard.ovsdb.result.OvsdbError.of("aborted", java.util.Optional.empty(),
                        java.util.OptionalInt.of(0)))), java.util.Optional.empty());
        only.transactions.get(0).reply().complete(failed);

        assertThat(outcome.get(5, TimeUnit.SECONDS)).isEqualTo(new TransactOutcome.Rejected(failed));
    }

    @Test
    void anUnknownOutcomeWithoutACheckStaysUnresolved() throws Exception {
        FakeOvsdbClient first = client("first");
        connector.nextAttempt().complete(first);
        CompletableFuture<TransactOutcome> outcome = session.transact(COMMENT, OutcomeCheck.none());
        Eventually.until("sent", () -> first.transactions.size() == 1);

        first.drop();
        connector.nextAttempt().complete(client("second"));

        assertThat(outcome.get(5, TimeUnit.SECONDS)).isInstanceOf(TransactOutcome.Unresolved.class);
    }

    @Test
    void closingStopsReconnectingAndFailsCallsThatWaitForAConnection() throws Exception {
        connector.nextAttempt().completeExceptionally(new ConnectionException("refused"));
        CompletableFuture<OvsdbClient> waiting = session.client();

        session.close();

        assertThat(session.state()).isEqualTo(SessionState.CLOSED);
        assertThat(waiting).failsWithin(Duration.ofSeconds(5));
    }
}
