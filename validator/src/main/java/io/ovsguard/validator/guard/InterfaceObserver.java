package io.ovsguard.validator.guard;

import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.op.TransactionBuilder;
import io.ovsguard.ovsdb.result.TransactResult;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.validator.vswitchd.Diagnostician;
import io.ovsguard.validator.vswitchd.FailureDiagnosis;
import io.ovsguard.validator.vswitchd.InterfaceState;
import io.ovsguard.validator.vswitchd.LogSignals;
import io.ovsguard.validator.vswitchd.PortSignal;
import io.ovsguard.validator.vswitchd.VswitchdLog;
import io.ovsguard.validator.vswitchd.VswitchdProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

/**
 * Reads what ovs-vswitchd made of the Interface rows a change touched, once it has reported {@code cur_cfg}. A port
 * that failed says so at once (error, ofport -1), but the applied {@code mtu} is written back a moment after
 * {@code cur_cfg}, so a row that still shows the old MTU is watched until {@code settle} has passed, unless the log
 * already explains it (a failed MTU change never applies: calibration §4.1). ovs-vswitchd writes its log from a
 * separate thread, so the line that names a failure can reach the file after the row says the port failed: a failed
 * port the log does not explain yet is watched for a short while too.
 */
final class InterfaceObserver {

    private static final Duration POLL = Duration.ofMillis(100);
    /** How long a failed port waits for the log line that names its cause (the log lags by milliseconds). */
    static final Duration LOG_LAG = Duration.ofSeconds(2);

    /** The final states and, for each port that is failed or stale, why. */
    record Observation(List<InterfaceState> states, List<FailureDiagnosis> failures) {
        Observation {
            states = List.copyOf(states);
            failures = List.copyOf(failures);
        }

        boolean allHealthy() {
            return failures.isEmpty();
        }
    }

    private final BlockingOvsdbClient client;
    private final DatabaseSchema schema;
    private final VswitchdProbe probe;

    InterfaceObserver(BlockingOvsdbClient client, DatabaseSchema schema, VswitchdProbe probe) {
        this.client = client;
        this.schema = schema;
        this.probe = probe;
    }

    Observation observe(Collection<Uuid> interfaces, Optional<VswitchdLog> log, Duration settle) {
        long start = System.nanoTime();
        long deadline = start + settle.toNanos();
        long logDeadline = start + Math.min(settle.toNanos(), LOG_LAG.toNanos());
        while (true) {
            List<PortSignal> signals = log.map(l -> LogSignals.parse(l.linesSinceMark())).orElse(List.of());
            List<InterfaceState> states = read(interfaces);
            long now = System.nanoTime();
            boolean staleUnexplained = states.stream().anyMatch(s -> !s.failed() && !s.healthy()
                    && !explained(s, signals));
            boolean failedUnexplained = log.isPresent() && states.stream().anyMatch(s -> s.failed()
                    && !explained(s, signals));
            boolean undecided = (staleUnexplained && now < deadline) || (failedUnexplained && now < logDeadline);
            if (!undecided) {
                List<FailureDiagnosis> failures = new ArrayList<>();
                for (InterfaceState state : states) {
                    if (!state.healthy()) {
                        failures.add(Diagnostician.diagnose(state, signals));
                    }
                }
                return new Observation(states, failures);
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
    }

    private static boolean explained(InterfaceState state, List<PortSignal> signals) {
        return signals.stream().anyMatch(sig -> sig.concerns(state.name(), state.devargs()));
    }

    private List<InterfaceState> read(Collection<Uuid> interfaces) {
        if (interfaces.isEmpty()) {
            return List.of();
        }
        Optional<Set<String>> datapath = probe.datapathPorts();
        TransactionBuilder tx = new TransactionBuilder(schema);
        List<Integer> selects = new ArrayList<>();
        for (Uuid uuid : interfaces) {
            selects.add(tx.select("Interface", List.of(Condition.uuidIs(uuid))));
        }
        TransactResult result = client.transact(tx.build()).orThrow();
        List<InterfaceState> states = new ArrayList<>();
        for (int index : selects) {
            for (Row row : result.rows(index)) {
                InterfaceState state = InterfaceRows.state(row);
                states.add(state.withInDatapath(datapath.map(ports -> ports.contains(state.name()))));
            }
        }
        return states;
    }
}
