package io.ovsguard.it.session;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.op.Function;
import io.ovsguard.ovsdb.op.Operation;
import io.ovsguard.ovsdb.op.Transaction;
import io.ovsguard.ovsdb.session.OutcomeCheck;
import io.ovsguard.ovsdb.session.OvsdbSession;
import io.ovsguard.ovsdb.session.TransactOutcome;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * A stream of transactions through a session, each inserting one Queue row (a root table) marked
 * with a unique {@code external_ids:ovsguard-tx}, so its outcome can be checked in the database.
 * Records what the client was told about each: committed, not committed, or unknown and settled.
 */
final class MarkedWorkload {

    static final String DB = "Open_vSwitch";
    static final String MARKER = "ovsguard-tx";

    /** What the client reported for one transaction. */
    enum Reported { COMMITTED, COMMITTED_BY_CHECK, FAILED, NOT_COMMITTED_BY_CHECK, UNRESOLVED }

    private final OvsdbSession session;
    private final String prefix;
    private final Semaphore inFlight;
    private final Map<String, Reported> reported = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Void>> pending = new ConcurrentHashMap<>();

    MarkedWorkload(OvsdbSession session, String prefix, int maxInFlight) {
        this.session = session;
        this.prefix = prefix;
        this.inFlight = new Semaphore(maxInFlight);
    }

    /** Sends transaction {@code n} once its turn in the window comes. */
    void send(int n) throws InterruptedException {
        inFlight.acquire();
        String marker = prefix + n;
        CompletableFuture<Void> done = session.transact(insert(marker), check(marker))
                .handle((outcome, error) -> {
                    reported.put(marker, classify(outcome, error));
                    inFlight.release();
                    return null;
                });
        pending.put(marker, done);
    }

    /** Waits until every transaction sent has an outcome. */
    void awaitAll() {
        CompletableFuture.allOf(pending.values().toArray(new CompletableFuture<?>[0])).join();
    }

    Map<String, Reported> reported() {
        return Map.copyOf(reported);
    }

    static Transaction insert(String marker) {
        Row row = Row.of(Map.of("external_ids", OvsdbMap.ofStrings(Map.of(MARKER, marker))));
        return new Transaction(DB, List.of(new Operation.Insert("Queue", row, Optional.empty())));
    }

    static Condition markedWith(String marker) {
        return new Condition("external_ids", Function.INCLUDES, OvsdbMap.of(Atom.string(MARKER), Atom.string(marker)));
    }

    static OutcomeCheck check(String marker) {
        return OutcomeCheck.rowExists(DB, "Queue", List.of(markedWith(marker)));
    }

    private static Reported classify(TransactOutcome outcome, Throwable error) {
        if (error != null) {
            return Reported.FAILED;
        }
        if (outcome instanceof TransactOutcome.Committed committed) {
            return committed.resolvedByCheck() ? Reported.COMMITTED_BY_CHECK : Reported.COMMITTED;
        }
        if (outcome instanceof TransactOutcome.NotCommitted) {
            return Reported.NOT_COMMITTED_BY_CHECK;
        }
        if (outcome instanceof TransactOutcome.Unresolved) {
            return Reported.UNRESOLVED;
        }
        return Reported.FAILED;
    }
}
