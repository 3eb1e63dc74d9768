package io.ovsguard.it.validator;

import io.ovsguard.it.support.Clients;
import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.sandbox.Daemon;
import io.ovsguard.sandbox.OvsSandbox;
import io.ovsguard.sandbox.SandboxSpec;
import io.ovsguard.sandbox.VswitchdSpec;
import io.ovsguard.validator.source.SwitchConfigReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one calibration configuration on a fresh real switch: before each step it predicts the step through the
 * CLI's own path ({@code ovsguard --json --dry-run <the step's ovs-vsctl arguments>}, which reads the live database
 * and the real /sys), then performs it with the real ovs-vsctl (waiting for
 * ovs-vswitchd, {@code --timeout=30}, as the calibration did) and classifies what really happened.
 */
final class CalibrationRunner {

    private static final Logger log = LoggerFactory.getLogger(CalibrationRunner.class);

    private static final int MAX_ATTEMPTS = 3;
    private static final Path NETDEV_TAP = Path.of("/sys/class/net/ovs-netdev");
    private static final Duration TAP_WAIT = Duration.ofSeconds(3);
    private static final Duration SETTLE = Duration.ofSeconds(3);

    private final Path artifacts;

    /** @param artifacts where to keep conf.db and the logs of a configuration with a mismatch */
    CalibrationRunner(Path artifacts) {
        this.artifacts = artifacts;
    }

    /** One step's prediction next to what the switch did. */
    record StepVerdict(String config, String family, int index, String command, String predicted, String observed,
                       String recorded, String detail) {

        boolean matched() {
            return predicted.equals(observed);
        }

        @Override
        public String toString() {
            return config + " step " + index + " (" + command + "): predicted " + predicted + ", observed "
                    + observed + " (recorded " + recorded + "); " + detail;
        }
    }

    /**
     * Runs the configuration; if ovs-vswitchd could not open the netdev datapath (its {@code ovs-netdev} tap device is
     * one per host, so a switch of another sandbox still holding it makes {@code add-br} fail), it is started again.
     */
    List<StepVerdict> run(CalibrationTable.Config cfg) {
        for (int attempt = 1; ; attempt++) {
            try {
                return runOnce(cfg);
            } catch (DatapathUnavailable e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw new AssertionError(cfg.id() + ": " + e.getMessage() + " in " + MAX_ATTEMPTS + " attempts");
                }
                log.warn("{}: {}; starting a fresh switch", cfg.id(), e.getMessage());
                awaitNetdevTapReleased();
            }
        }
    }

    private List<StepVerdict> runOnce(CalibrationTable.Config cfg) {
        List<StepVerdict> verdicts = new ArrayList<>();
        try (OvsSandbox sandbox = OvsSandbox.start(SandboxSpec.builder().vswitchd(vswitchd(cfg)).build());
             BlockingOvsdbClient client = Clients.unix(sandbox)) {
            sandbox.vsctl("--timeout=30", "add-br", "br0", "--", "set", "bridge", "br0", "datapath_type=netdev")
                    .orThrow();
            String datapath = sandbox.appctl(Daemon.VSWITCHD, "dpctl/show").stdout();
            if (!ObservedOutcome.datapathPorts(datapath).contains("br0")) {
                throw new DatapathUnavailable("bridge br0 is not in the netdev datapath: " + datapath.strip());
            }
            SwitchConfigReader reader = new SwitchConfigReader(client);
            int index = 0;
            for (CalibrationTable.Step step : cfg.steps()) {
                index++;
                verdicts.add(runStep(sandbox, reader, cfg, index, step));
            }
            if (verdicts.stream().anyMatch(v -> !v.matched())) {
                sandbox.copyArtifactsTo(artifacts.resolve(cfg.id()));
            }
        }
        return verdicts;
    }

    /**
     * The step's outcome once it has settled. ovs-vsctl returns when ovs-vswitchd has taken the new configuration, but
     * the applied {@code mtu} is written back to the row a moment later; a failed or stale port stays so (§4.1), so
     * only an unsettled "healthy row, old mtu" is polled again, until {@link #SETTLE} has passed.
     */
    private static ObservedOutcome settled(OvsSandbox sandbox, SwitchConfigReader reader, String port) {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        ObservedOutcome observed = ObservedOutcome.observe(sandbox, reader.read(), port);
        while (observed.label().equals("stale") && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            observed = ObservedOutcome.observe(sandbox, reader.read(), port);
        }
        return observed;
    }

    /** Waits (bounded) until no process holds the host's netdev datapath tap; a persistent leftover is reusable. */
    private static void awaitNetdevTapReleased() {
        long deadline = System.nanoTime() + TAP_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!Files.exists(NETDEV_TAP)) {
                return;
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
        log.debug("{} still present after {}; trying anyway", NETDEV_TAP, TAP_WAIT);
    }

    /** ovs-vswitchd could not create the bridge's datapath: an environment problem, not a calibration outcome. */
    private static final class DatapathUnavailable extends RuntimeException {
        DatapathUnavailable(String message) {
            super(message);
        }
    }

    private StepVerdict runStep(OvsSandbox sandbox, SwitchConfigReader reader, CalibrationTable.Config cfg,
                                int index, CalibrationTable.Step step) {
        List<String> args = command(step);
        CliPrediction prediction = CliPrediction.dryRun(sandbox, args);

        List<String> vsctl = new ArrayList<>(List.of("--timeout=30"));
        vsctl.addAll(args);
        sandbox.vsctl(vsctl.toArray(String[]::new)).orThrow();   // exits 0 even when the port fails (§2)
        ObservedOutcome observed = settled(sandbox, reader, step.port());

        String detail = prediction.detail() + "; real row " + observed.row()
                + (observed.inDatapath() ? "" : ", not in datapath");
        StepVerdict verdict = new StepVerdict(cfg.id(), cfg.family(), index, String.join(" ", args),
                prediction.outcome(), observed.label(), step.recordedOutcome(), detail);
        log.info("{}", verdict);
        return verdict;
    }

    static VswitchdSpec vswitchd(CalibrationTable.Config cfg) {
        VswitchdSpec.Builder b = VswitchdSpec.builder().pmdCpuMask("0x2");
        cfg.socketMemMb().ifPresent(b::socketMemMb);
        cfg.socketLimitMb().ifPresent(b::socketLimitMb);
        if (cfg.perPort()) {
            b.otherConfig("per-port-memory", "true");
        }
        cfg.extra().ifPresent(e -> {
            String[] kv = e.split("=", 2);
            b.otherConfig(kv[0], kv.length > 1 ? kv[1] : "");
        });
        if (cfg.uncapped()) {
            b.hugepagesExactlyFree(cfg.pages());   // the free count is part of the configuration
        }
        return b.build();
    }

    /** The ovs-vsctl arguments of a step, exactly as the calibration ran them (§1). */
    static List<String> command(CalibrationTable.Step step) {
        List<String> args = new ArrayList<>();
        if (step.isAdd()) {
            args.addAll(List.of("add-port", "br0", step.port(), "--", "set", "Interface", step.port(), "type=dpdk",
                    "options:dpdk-devargs=" + step.devargs()));
            step.rxq().ifPresent(n -> args.add("options:n_rxq=" + n));
            step.desc().ifPresent(d -> {
                args.add("options:n_rxq_desc=" + d);
                args.add("options:n_txq_desc=" + d);
            });
            args.add("mtu_request=" + step.mtu());
        } else if (step.action().startsWith("mtu->")) {
            args.addAll(List.of("set", "Interface", step.port(), "mtu_request=" + step.mtu()));
        } else {
            throw new IllegalArgumentException("unknown calibration action " + step.action());
        }
        return args;
    }
}
