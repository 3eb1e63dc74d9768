package io.ovsguard.ovsdb.session;

import io.ovsguard.ovsdb.OvsdbClient;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.op.Operation;
import io.ovsguard.ovsdb.op.Transaction;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Settles whether a transaction whose reply was lost committed, by looking at the database through a
 * new connection. Transactions are atomic, so checking one thing the transaction alone would have
 * written (a row with a caller-chosen unique key, say) answers for all of it. A comment is not
 * enough: it is not stored where a client can read it.
 */
@FunctionalInterface
public interface OutcomeCheck {

    /** True if the transaction committed. Runs on a connection opened after the reply was lost. */
    CompletableFuture<Boolean> committed(OvsdbClient client);

    /** Committed if and only if some row of {@code table} matches {@code where}. */
    static OutcomeCheck rowExists(String database, String table, List<Condition> where) {
        Transaction select = new Transaction(database,
                List.of(new Operation.Select(table, where, Optional.of(List.of(Row.UUID_COLUMN)))));
        return client -> client.transact(select).thenApply(result -> !result.rows(0).isEmpty());
    }

    /** Committed if and only if no row of {@code table} matches {@code where} (for a delete). */
    static OutcomeCheck rowAbsent(String database, String table, List<Condition> where) {
        OutcomeCheck exists = rowExists(database, table, where);
        return client -> exists.committed(client).thenApply(found -> !found);
    }

    /** No way to check: an unknown outcome stays unresolved. */
    static OutcomeCheck none() {
        return client -> CompletableFuture.failedFuture(
                new IllegalStateException("no outcome check was given for this transaction"));
    }
}
