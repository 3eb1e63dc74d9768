package io.ovsguard.cli.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.ClientOptions;
import io.ovsguard.ovsdb.MonitorSubscription;
import io.ovsguard.ovsdb.OvsdbClient;
import io.ovsguard.ovsdb.error.RequestTimeoutException;
import io.ovsguard.ovsdb.error.RpcErrorException;
import io.ovsguard.ovsdb.jsonrpc.RpcError;
import io.ovsguard.ovsdb.monitor.MonitorMethod;
import io.ovsguard.ovsdb.monitor.MonitorNotification;
import io.ovsguard.ovsdb.monitor.MonitorRequest;
import io.ovsguard.ovsdb.monitor.MonitorSelect;
import io.ovsguard.ovsdb.monitor.RowUpdate;
import io.ovsguard.ovsdb.monitor.TableUpdates;
import io.ovsguard.ovsdb.monitor.UpdateListener;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.op.Operation;
import io.ovsguard.ovsdb.op.Transaction;
import io.ovsguard.ovsdb.result.OperationResult;
import io.ovsguard.ovsdb.result.TransactResult;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Whole tables read as one {@code monitor_cond} reply; a first round that also restricts a table read in parts: one
 * transaction per table between a monitor's start and cancel.
 */
class RowFetcherTest {

    private static final DatabaseSchema SCHEMA = TestSchema.vswitch();
    private static final Uuid BR0 = Uuid.parse("22222222-2222-2222-2222-222222222222");
    private static final Uuid P1 = Uuid.parse("33333333-3333-3333-3333-333333333333");
    private static final Uuid P2 = Uuid.parse("44444444-4444-4444-4444-444444444444");
    private static final Uuid I1 = Uuid.parse("55555555-5555-5555-5555-555555555555");
    private static final DatabaseSchema REAL_SCHEMA = KnownVswitchSchema.OPEN_VSWITCH.schema();
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    /**
     * A server scripted through {@link OvsdbClient}'s methods: it answers selects from its rows, logs the
     * transactions and the monitor requests, and can commit a change of its own while the parts are read (reported
     * to the monitor before its cancel is answered, as ovsdb-server does).
     */
    private static final class ScriptedServer {
        final List<Transaction> transactions = new ArrayList<>();
        final List<List<MonitorRequest>> monitors = new ArrayList<>();
        final List<String> calls = new ArrayList<>();
        final List<MonitorMethod> methods = new ArrayList<>();
        boolean changeWhileReading;
        boolean refuseMonitors;
        boolean silent;
        List<Row> ports = List.of(port(P1, "p1"));
        private UpdateListener listener;

        BlockingOvsdbClient client() {
            OvsdbClient async = (OvsdbClient) Proxy.newProxyInstance(OvsdbClient.class.getClassLoader(),
                    new Class<?>[] {OvsdbClient.class}, (proxy, method, args) -> {
                        calls.add(method.getName());
                        return switch (method.getName()) {
                            case "transact" -> silent ? new CompletableFuture<>()
                                    : CompletableFuture.completedFuture(answer((Transaction) args[0]));
                            case "monitor" -> monitor(args);
                            case "cancelMonitor" -> cancel();
                            default -> throw new UnsupportedOperationException(method.getName());
                        };
                    });
            return BlockingOvsdbClient.of(async, ClientOptions.defaults());
        }

        @SuppressWarnings("unchecked")
        private CompletableFuture<MonitorSubscription> monitor(Object[] args) {
            if (refuseMonitors) {
                return CompletableFuture.failedFuture(new RpcErrorException("monitor",
                        new RpcError("unknown method", Optional.empty(), "{}")));
            }
            monitors.add((List<MonitorRequest>) args[2]);
            methods.add((MonitorMethod) args[1]);
            listener = (UpdateListener) args[4];
            if (args[1] == MonitorMethod.MONITOR_COND) {
                // what ovsdb-server sends for update2's initial rows: only the columns off their default
                return CompletableFuture.completedFuture(new MonitorSubscription(SCHEMA.name(), "m1",
                        MonitorMethod.MONITOR_COND, new TableUpdates(Map.of("Interface", Map.of(I1,
                                new RowUpdate.Initial(interfaceRow())))), false, Optional.empty()));
            }
            return CompletableFuture.completedFuture(new MonitorSubscription(SCHEMA.name(), "m1",
                    MonitorMethod.MONITOR, TableUpdates.empty(), false, Optional.empty()));
        }

        private CompletableFuture<Void> cancel() {
            if (changeWhileReading) {
                changeWhileReading = false;
                ports = List.of(port(P1, "p1"), port(P2, "p2"));
                listener.onUpdate(new MonitorNotification(MonitorMethod.MONITOR, "m1", Optional.empty(),
                        TableUpdates.empty()));
            }
            return CompletableFuture.completedFuture(null);
        }

        private TransactResult answer(Transaction transaction) {
            transactions.add(transaction);
            List<OperationResult> results = new ArrayList<>();
            for (Operation operation : transaction.operations()) {
                String table = ((Operation.Select) operation).table();
                results.add(new OperationResult.Selected(table.equals("Port") ? ports
                        : table.equals("Interface") ? List.of(interfaceRow())
                        : List.of(Row.of(Map.of("name", OvsdbSet.ofStrings("br0"))).withUuid(BR0))));
            }
            return new TransactResult(transaction, results, Optional.empty());
        }
    }

    private static Row interfaceRow() {
        return Row.of(Map.of("name", OvsdbSet.ofStrings("i1"))).withUuid(I1);
    }

    private static Row port(Uuid uuid, String name) {
        return Row.of(Map.of("name", OvsdbSet.ofStrings(name))).withUuid(uuid);
    }

    /** What a listing of every bridge and port declares, ports being many. */
    private static Prerequisites listing(boolean manyPorts) {
        Prerequisites command = new Prerequisites();
        command.table("Bridge");
        command.columns("Bridge", List.of("name"));
        command.table("Port");
        command.columns("Port", List.of("name"));
        if (manyPorts) {
            command.manyRows("Port");
        }
        Prerequisites line = new Prerequisites();
        line.merge(command);
        return line;
    }

    private static List<String> tablesOf(Transaction transaction) {
        return transaction.operations().stream().map(o -> ((Operation.Select) o).table()).toList();
    }

    @Test
    void aTableWithManyRowsFetchedWholeGoesInATransactionOfItsOwnBetweenAMonitorsStartAndCancel() {
        ScriptedServer server = new ScriptedServer();

        WorkingDatabase db = new RowFetcher(server.client(), SCHEMA).fetch(listing(true), TIMEOUT);

        assertThat(server.calls).containsExactly("monitor", "transact", "transact", "cancelMonitor");
        assertThat(server.transactions).extracting(RowFetcherTest::tablesOf)
                .containsExactly(List.of("Port"), List.of("Bridge"));
        assertThat(server.monitors.get(0)).containsExactly(
                new MonitorRequest("Port", Optional.of(List.of("name")), new MonitorSelect(false, true, true, true),
                        Optional.empty()),
                new MonitorRequest("Bridge", Optional.of(List.of("name")), new MonitorSelect(false, true, true, true),
                        Optional.empty()));
        assertThat(db.rows("Port")).extracting(WorkingRow::uuid).containsExactly(P1);
        assertThat(db.rows("Bridge")).extracting(WorkingRow::uuid).containsExactly(BR0);
    }

    @Test
    void aChangeReportedWhileThePartsAreReadMakesTheRoundGoAgainAsOneTransaction() {
        ScriptedServer server = new ScriptedServer();
        server.changeWhileReading = true;

        WorkingDatabase db = new RowFetcher(server.client(), SCHEMA).fetch(listing(true), TIMEOUT);

        assertThat(server.transactions).extracting(RowFetcherTest::tablesOf)
                .containsExactly(List.of("Port"), List.of("Bridge"), List.of("Port", "Bridge"));
        assertThat(db.rows("Port")).extracting(WorkingRow::uuid).containsExactlyInAnyOrder(P1, P2);
    }

    @Test
    void aServerThatRefusesTheMonitorIsReadInOneTransaction() {
        ScriptedServer server = new ScriptedServer();
        server.refuseMonitors = true;

        WorkingDatabase db = new RowFetcher(server.client(), SCHEMA).fetch(listing(true), TIMEOUT);

        // the parts went out with the monitor; unguarded, their answers are not used
        assertThat(server.transactions).extracting(RowFetcherTest::tablesOf)
                .containsExactly(List.of("Port"), List.of("Bridge"), List.of("Port", "Bridge"));
        assertThat(server.calls).doesNotContain("cancelMonitor");
        assertThat(db.rows("Port")).extracting(WorkingRow::uuid).containsExactly(P1);
    }

    @Test
    void tablesWithoutManyRowsAreReadInOneTransactionWithoutAMonitor() {
        ScriptedServer server = new ScriptedServer();

        new RowFetcher(server.client(), SCHEMA).fetch(listing(false), TIMEOUT);

        assertThat(server.calls).containsExactly("transact");
        assertThat(server.transactions).extracting(RowFetcherTest::tablesOf)
                .containsExactly(List.of("Bridge", "Port"));
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void partsTheServerNeverAnswersEndInATimeoutAfterTheGivenTime() {
        ScriptedServer server = new ScriptedServer();
        server.silent = true;

        // the command line's --timeout, not the client's own request timeout, bounds the wait
        assertThatThrownBy(() -> new RowFetcher(server.client(), SCHEMA).fetch(listing(true),
                Duration.ofMillis(50)))
                .isInstanceOf(RequestTimeoutException.class).hasMessageContaining("50 ms");
    }

    /** A listing of every interface with eight of its columns, on the real schema. */
    private static final List<String> INTERFACE_COLUMNS = List.of("name", "type", "options", "ofport", "mtu",
            "mac_in_use", "error", "admin_state");

    private static Prerequisites interfaceListing(int columns) {
        Prerequisites command = new Prerequisites();
        command.table("Interface");
        command.columns("Interface", INTERFACE_COLUMNS.subList(0, columns));
        command.walkInIdlOrder("Interface");
        Prerequisites line = new Prerequisites();
        line.merge(command);
        return line;
    }

    @Test
    void aListingOfManyColumnsIsReadAsOneMonitorCondReplyThenTheMonitorIsCancelled() {
        ScriptedServer server = new ScriptedServer();

        WorkingDatabase db = new RowFetcher(server.client(), REAL_SCHEMA).fetch(interfaceListing(8), TIMEOUT);

        assertThat(server.calls).containsExactly("monitor", "cancelMonitor");
        assertThat(server.methods).containsExactly(MonitorMethod.MONITOR_COND);
        assertThat(server.monitors.get(0)).containsExactly(MonitorRequest.columnsOf("Interface", INTERFACE_COLUMNS));
        assertThat(db.rows("Interface")).extracting(WorkingRow::uuid).containsExactly(I1);
        assertThat(db.row("Interface", I1).orElseThrow().read("name")).isEqualTo(OvsdbSet.ofStrings("i1"));
        // a column the reply leaves out is at its default
        assertThat(db.row("Interface", I1).orElseThrow().read("type")).isEqualTo(OvsdbSet.ofStrings(""));
    }

    @Test
    void aListingOfAFewColumnsIsReadBySelect() {
        ScriptedServer server = new ScriptedServer();

        new RowFetcher(server.client(), REAL_SCHEMA).fetch(interfaceListing(7), TIMEOUT);

        assertThat(server.calls).containsExactly("transact");
    }

    @Test
    void aListingOnAServerThatRefusesMonitorCondIsReadBySelect() {
        ScriptedServer server = new ScriptedServer();
        server.refuseMonitors = true;

        WorkingDatabase db = new RowFetcher(server.client(), REAL_SCHEMA).fetch(interfaceListing(8), TIMEOUT);

        assertThat(server.calls).containsExactly("monitor", "transact");
        assertThat(db.rows("Interface")).extracting(WorkingRow::uuid).containsExactly(I1);
    }
}
