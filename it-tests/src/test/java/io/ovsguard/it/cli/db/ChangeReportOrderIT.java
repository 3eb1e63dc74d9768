package io.ovsguard.it.cli.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.ClientOptions;
import io.ovsguard.ovsdb.ConnectionSpec;
import io.ovsguard.ovsdb.MonitorSubscription;
import io.ovsguard.ovsdb.direct.DirectOvsdbClients;
import io.ovsguard.ovsdb.monitor.MonitorMethod;
import io.ovsguard.ovsdb.monitor.MonitorRequest;
import io.ovsguard.ovsdb.monitor.MonitorSelect;
import io.ovsguard.ovsdb.monitor.NonBlockingUpdateListener;
import io.ovsguard.ovsdb.op.Operation;
import io.ovsguard.ovsdb.op.Transaction;
import io.ovsguard.ovsdb.result.TransactResult;
import io.ovsguard.sandbox.OvsSandbox;
import io.ovsguard.sandbox.junit.OvsSandboxExtension;
import io.ovsguard.sandbox.junit.RequiresOvs;
import io.ovsguard.sandbox.junit.WithSandbox;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the CLI's fetch in parts relies on, against a real ovsdb-server and the CLI's (direct) client: a change
 * another client commits after a changes-only monitor started and before its cancel is reported to the monitor's
 * listener before the cancel returns; and without a
 * change nothing is reported. The fetch reads the parts again as one transaction when a report came.
 */
@RequiresOvs
@ExtendWith(OvsSandboxExtension.class)
class ChangeReportOrderIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final MonitorSelect CHANGES_ONLY = new MonitorSelect(false, true, true, true);

    @WithSandbox
    static OvsSandbox sandbox;

    @BeforeEach
    void bridge() {
        sandbox.vsctl("--no-wait", "emer-reset").orThrow();
        sandbox.vsctl("--no-wait", "--if-exists", "del-br", "brc", "--", "add-br", "brc", "--", "add-port", "brc",
                "p1").orThrow();
    }

    private static BlockingOvsdbClient connect() {
        ClientOptions options = ClientOptions.defaults();
        return BlockingOvsdbClient.of(DirectOvsdbClients.connect(ConnectionSpec.parseActive(sandbox.unixRemote()),
                options), options);
    }

    private static Transaction selectPorts() {
        return new Transaction("Open_vSwitch", List.of(new Operation.Select("Port", List.of(),
                Optional.of(List.of("_uuid", "name")))));
    }

    private static MonitorSubscription changesOfPorts(BlockingOvsdbClient client, List<Object> reports) {
        NonBlockingUpdateListener listener = reports::add;
        return client.monitor("Open_vSwitch", MonitorMethod.MONITOR, List.of(new MonitorRequest("Port",
                Optional.of(List.of("name")), CHANGES_ONLY, Optional.empty())), Optional.empty(), listener);
    }

    @Test
    void aChangeCommittedBetweenTheMonitorAndItsCancelIsReportedBeforeTheCancelReturns() {
        try (BlockingOvsdbClient reader = connect()) {
            List<Object> reports = new CopyOnWriteArrayList<>();
            MonitorSubscription monitor = changesOfPorts(reader, reports);
            TransactResult before = reader.transact(selectPorts(), TIMEOUT).orThrow();
            sandbox.vsctl("--no-wait", "add-port", "brc", "p2").orThrow();
            CompletableFuture<TransactResult> after = reader.async().transact(selectPorts(), TIMEOUT);

            reader.cancelMonitor(monitor);

            assertThat(reports).hasSize(1);
            assertThat(after).isDone();
            assertThat(after.join().rows(0)).hasSize(before.rows(0).size() + 1);
        }
    }

    @Test
    void partsReadWithoutAChangeReportNothing() {
        try (BlockingOvsdbClient reader = connect()) {
            List<Object> reports = new CopyOnWriteArrayList<>();
            MonitorSubscription monitor = changesOfPorts(reader, reports);
            CompletableFuture<TransactResult> first = reader.async().transact(selectPorts(), TIMEOUT);
            CompletableFuture<TransactResult> second = reader.async().transact(selectPorts(), TIMEOUT);

            reader.cancelMonitor(monitor);

            assertThat(reports).isEmpty();
            assertThat(first).isDone();
            assertThat(second).isDone();
            assertThat(first.join().rows(0)).hasSameSizeAs(second.join().rows(0));
        }
    }

    @Test
    void aChangeToAColumnTheMonitorDoesNotWatchIsNotReported() {
        try (BlockingOvsdbClient reader = connect()) {
            List<Object> reports = new CopyOnWriteArrayList<>();
            MonitorSubscription monitor = changesOfPorts(reader, reports);
            sandbox.vsctl("--no-wait", "set", "Port", "p1", "external_ids:x=y").orThrow();

            reader.cancelMonitor(monitor);

            assertThat(reports).isEmpty();
        }
    }
}
