package io.ovsguard.it.client;

import static io.ovsguard.it.support.TestDatabases.NOTATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.it.support.Clients;
import io.ovsguard.it.support.TestDatabases;
import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.OvsdbClient;
import io.ovsguard.ovsdb.error.RpcErrorException;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.op.Function;
import io.ovsguard.ovsdb.op.TransactionBuilder;
import io.ovsguard.ovsdb.result.TransactResult;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.sandbox.OvsSandbox;
import io.ovsguard.sandbox.junit.OvsSandboxExtension;
import io.ovsguard.sandbox.junit.RequiresOvs;
import io.ovsguard.sandbox.junit.WithSandbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Many clients and many pipelined calls at once, and a cancelled transaction, against a real ovsdb-server. */
@RequiresOvs
@ExtendWith(OvsSandboxExtension.class)
class ConcurrencyIT {

    @WithSandbox
    static OvsSandbox sandbox;

    @BeforeAll
    static void addDatabase() {
        TestDatabases.addNotationDatabase(sandbox);
    }

    @Test
    void concurrentClientsWithPipelinedTransactionsAllCommitExactlyOnce() throws Exception {
        int clients = 6;
        int perClient = 200;
        List<BlockingOvsdbClient> connections = new ArrayList<>();
        try {
            List<CompletableFuture<TransactResult>> pending = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                BlockingOvsdbClient client = Clients.unix(sandbox);
                connections.add(client);
                DatabaseSchema schema = client.getSchema(NOTATION);
                OvsdbClient async = client.async();
                for (int i = 0; i < perClient; i++) {
                    TransactionBuilder tx = new TransactionBuilder(schema);
                    tx.insert("Atoms", Row.of(Map.of("s", OvsdbSet.ofStrings("c" + c + "-" + i),
                            "i", OvsdbSet.of(Atom.integer(c)))));
                    pending.add(async.transact(tx.build()));
                }
            }
            for (CompletableFuture<TransactResult> result : pending) {
                result.get(60, TimeUnit.SECONDS).orThrow();
            }
            BlockingOvsdbClient reader = connections.get(0);
            TransactionBuilder select = new TransactionBuilder(reader.getSchema(NOTATION));
            int rows = select.select("Atoms", List.of(new Condition("i", Function.LESS_THAN,
                    OvsdbSet.of(Atom.integer(clients)))), List.of("s"));
            List<Row> found = reader.transact(select.build()).orThrow().rows(rows);
            assertThat(found).hasSize(clients * perClient);
            assertThat(found.stream().map(r -> r.get("s").orElseThrow()).distinct().count())
                    .isEqualTo((long) clients * perClient);
        } finally {
            connections.forEach(BlockingOvsdbClient::close);
        }
    }

    @Test
    void cancellingAWaitingTransactionCancelsItOnTheServerAndLeavesNothingBehind() throws Exception {
        try (BlockingOvsdbClient client = Clients.unix(sandbox)) {
            DatabaseSchema schema = client.getSchema(NOTATION);
            TransactionBuilder tx = new TransactionBuilder(schema);
            tx.waitUntil("Atoms", List.of(Condition.equal("s", Atom.string("cancel-me"))), List.of("s"),
                    Function.EQUAL, List.of(Row.of(Map.of("s", OvsdbSet.ofStrings("cancel-me")))),
                    OptionalLong.of(60_000));
            tx.insert("Atoms", Row.of(Map.of("s", OvsdbSet.ofStrings("behind-cancelled-wait"))));
            CompletableFuture<TransactResult> waiting = client.async().transact(tx.build(), Duration.ofSeconds(90));
            // the transaction is held by the server's wait; prove the connection still serves other calls
            assertThat(client.echo("alive")).containsExactly("alive");
            assertThat(waiting.cancel(true)).isTrue();

            assertThat(client.echo("after-cancel")).containsExactly("after-cancel");
            TransactionBuilder select = new TransactionBuilder(schema);
            int rows = select.select("Atoms", List.of(Condition.equal("s", Atom.string("behind-cancelled-wait"))));
            assertThat(client.transact(select.build()).orThrow().rows(rows)).isEmpty();
        }
    }

    @Test
    void rpcErrorFailsOnlyItsOwnCall() throws Exception {
        try (BlockingOvsdbClient client = Clients.unix(sandbox)) {
            CompletableFuture<?> bad = client.async().getSchema("Nope");
            CompletableFuture<List<String>> good = client.async().listDatabases();
            assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(RpcErrorException.class);
            assertThat(good.get(10, TimeUnit.SECONDS)).contains(NOTATION);
        }
    }
}
