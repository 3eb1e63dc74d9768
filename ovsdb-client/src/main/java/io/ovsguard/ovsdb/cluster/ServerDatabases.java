package io.ovsguard.ovsdb.cluster;

import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.OvsdbClient;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.op.Operation;
import io.ovsguard.ovsdb.op.Transaction;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Reads a server's {@code _Server} database with a {@code select}: which databases it serves and, for each, its model
 * and Raft state. Every ovsdb-server since OVS 2.9 has it; it is read-only.
 */
public final class ServerDatabases {

    private ServerDatabases() {
    }

    /** Every database the server reports, in the server's order. */
    public static CompletableFuture<List<ServerDatabaseStatus>> list(OvsdbClient client, Duration timeout) {
        return select(client, List.of(), timeout)
                .thenApply(rows -> rows.stream().map(ServerDatabaseStatus::fromRow).toList());
    }

    /** The status of {@code database}; fails with {@link UnsuitableMemberException} if the server does not serve it. */
    public static CompletableFuture<ServerDatabaseStatus> of(OvsdbClient client, String database, Duration timeout) {
        return select(client, List.of(Condition.equal("name", Atom.string(database))), timeout).thenApply(rows -> {
            if (rows.isEmpty()) {
                throw new UnsuitableMemberException(client.remote() + " does not serve database " + database);
            }
            return ServerDatabaseStatus.fromRow(rows.get(0));
        });
    }

    private static CompletableFuture<List<Row>> select(OvsdbClient client,
            List<Condition> where, Duration timeout) {
        Transaction read = new Transaction(ServerDatabaseStatus.DATABASE,
                List.of(new Operation.Select(ServerDatabaseStatus.TABLE, where, Optional.empty())));
        return client.transact(read, timeout).thenApply(result -> result.orThrow().rows(0));
    }
}
