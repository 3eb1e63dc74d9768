package io.ovsguard.it.client;

import static io.ovsguard.it.support.TestDatabases.NOTATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.it.support.Clients;
import io.ovsguard.it.support.TestDatabases;
import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.MonitorSubscription;
import io.ovsguard.ovsdb.monitor.MonitorMethod;
import io.ovsguard.ovsdb.monitor.MonitorNotification;
import io.ovsguard.ovsdb.monitor.MonitorRequest;
import io.ovsguard.ovsdb.monitor.RowUpdate;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.op.TransactionBuilder;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.sandbox.OvsSandbox;
import io.ovsguard.sandbox.junit.OvsSandboxExtension;
import io.ovsguard.sandbox.junit.RequiresOvs;
import io.ovsguard.sandbox.junit.WithSandbox;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Monitors of every kind see another client's changes, in order, against a real ovsdb-server. */
@RequiresOvs
@ExtendWith(OvsSandboxExtension.class)
class MonitorIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @WithSandbox
    OvsSandbox sandbox;

    private BlockingOvsdbClient watcher;
    private BlockingOvsdbClient writer;
    private DatabaseSchema schema;
    private final BlockingQueue<MonitorNotification> updates = new LinkedBlockingQueue<>();

    @BeforeEach
    void connect() {
        TestDatabases.addNotationDatabase(sandbox);
        watcher = Clients.unix(sandbox);
        writer = Clients.unix(sandbox);
        schema = writer.getSchema(NOTATION);
    }

    @AfterEach
    void disconnect() {
        watcher.close();
        writer.close();
    }

    private Uuid insert(String key, long value) {
        TransactionBuilder tx = new TransactionBuilder(schema);
        var name = tx.newUuidName("row");
        tx.insert("Atoms", Row.of(Map.of("s", OvsdbSet.ofStrings(key), "i", OvsdbSet.of(Atom.integer(value)))), name);
        return writer.transact(tx.build()).orThrow().uuidOf(name);
    }

    private void update(String key, long value) {
        TransactionBuilder tx = new TransactionBuilder(schema);
        tx.update("Atoms", List.of(Condition.equal("s", Atom.string(key))),
                Row.of(Map.of("i", OvsdbSet.of(Atom.integer(value)))));
        writer.transact(tx.build()).orThrow();
    }

    private void delete(String key) {
        TransactionBuilder tx = new TransactionBuilder(schema);
        tx.delete("Atoms", List.of(Condition.equal("s", Atom.string(key))));
        writer.transact(tx.build()).orThrow();
    }

    private RowUpdate nextUpdateOf(Uuid row) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            MonitorNotification notification = updates.poll(100, TimeUnit.MILLISECONDS);
            if (notification != null && notification.updates().rows("Atoms").containsKey(row)) {
                return notification.updates().rows("Atoms").get(row);
            }
        }
        throw new AssertionError("no update for " + row + " within " + WAIT);
    }

    @ParameterizedTest
    @EnumSource(MonitorMethod.class)
    void seesInitialContentsThenAnotherClientsInsertModifyAndDelete(MonitorMethod method) throws Exception {
        Uuid existing = insert("before", 1);
        MonitorSubscription subscription = watcher.monitor(NOTATION, method,
                List.of(MonitorRequest.columnsOf("Atoms", List.of("s", "i"))), Optional.empty(), updates::add);
        assertThat(subscription.method()).isEqualTo(method);
        assertThat(subscription.initial().rows("Atoms")).containsKey(existing);
        assertThat(subscription.initial().rows("Atoms").get(existing).newRow().orElseThrow().get("s"))
                .contains(OvsdbSet.ofStrings("before"));

        Uuid added = insert("after", 2);
        assertThat(nextUpdateOf(added)).isInstanceOfSatisfying(RowUpdate.Inserted.class,
                u -> assertThat(u.newRow().orElseThrow().get("i")).contains(OvsdbSet.of(Atom.integer(2))));

        update("after", 3);
        RowUpdate modified = nextUpdateOf(added);
        assertThat(modified).isInstanceOf(RowUpdate.Modified.class);
        Row before = Row.of(Map.of("s", OvsdbSet.ofStrings("after"), "i", OvsdbSet.of(Atom.integer(2))));
        assertThat(((RowUpdate.Modified) modified).applyTo(before, schema.table("Atoms")).get("i"))
                .contains(OvsdbSet.of(Atom.integer(3)));

        delete("after");
        assertThat(nextUpdateOf(added)).isInstanceOf(RowUpdate.Deleted.class);
    }

    @Test
    void conditionalMonitorSeesOnlyMatchingRowsUntilItsConditionChanges() throws Exception {
        Uuid red = insert("red", 1);
        Uuid blue = insert("blue", 1);
        MonitorRequest onlyRed = MonitorRequest.columnsOf("Atoms", List.of("s", "i"))
                .withWhere(List.of(Condition.equal("s", Atom.string("red"))));
        MonitorSubscription subscription = watcher.monitor(NOTATION, MonitorMethod.MONITOR_COND, List.of(onlyRed),
                Optional.empty(), updates::add);
        assertThat(subscription.initial().rows("Atoms")).containsOnlyKeys(red);

        MonitorRequest onlyBlue = onlyRed.withWhere(List.of(Condition.equal("s", Atom.string("blue"))));
        watcher.changeMonitorConditions(subscription, List.of(onlyBlue));
        // the server answers a condition change with an update2: blue arrives as an insert, red goes
        assertThat(nextUpdateOf(blue)).isInstanceOf(RowUpdate.Inserted.class);
        update("blue", 7);
        assertThat(nextUpdateOf(blue)).isInstanceOf(RowUpdate.Modified.class);
    }

    @Test
    void monitorCondSinceOnAStandaloneDatabaseFallsBackToAFullDump() throws Exception {
        // a standalone (non-clustered) database keeps no transaction history: the server reports the zero
        // transaction id and, asked to resume from it, sends everything again with found=false
        Uuid first = insert("first", 1);
        List<MonitorRequest> requests = List.of(MonitorRequest.columnsOf("Atoms", List.of("s", "i")));
        MonitorSubscription subscription = watcher.monitor(NOTATION, MonitorMethod.MONITOR_COND_SINCE, requests,
                Optional.empty(), updates::add);
        assertThat(subscription.resumed()).isFalse();
        assertThat(subscription.lastTxnId()).contains(Uuid.ZERO);
        watcher.cancelMonitor(subscription);

        Uuid second = insert("second", 2);
        try (BlockingOvsdbClient again = Clients.unix(sandbox)) {
            MonitorSubscription resumed = again.monitor(NOTATION, MonitorMethod.MONITOR_COND_SINCE, requests,
                    subscription.lastTxnId(), n -> { });
            assertThat(resumed.resumed()).isFalse();
            assertThat(resumed.initial().rows("Atoms")).containsOnlyKeys(first, second);
        }
    }

    @Test
    void cancelledMonitorHearsNothingMore() throws Exception {
        MonitorSubscription subscription = watcher.monitor(NOTATION, MonitorMethod.MONITOR_COND,
                List.of(MonitorRequest.allOf("Atoms")), Optional.empty(), updates::add);
        watcher.cancelMonitor(subscription);
        insert("unheard", 1);
        // a round trip on the same connection: any update sent before it would have arrived first
        watcher.echo("sync");
        assertThat(updates.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }
}
