package io.ovsguard.validator.bench;

import io.ovsguard.validator.host.CpuList;
import io.ovsguard.validator.host.HostSnapshot;
import io.ovsguard.validator.host.HugepagePool;
import io.ovsguard.validator.host.NumaNode;
import io.ovsguard.validator.report.Report;
import io.ovsguard.validator.rule.Validator;
import io.ovsguard.validator.switchconf.ConfigChange;
import io.ovsguard.validator.switchconf.ExistingInterface;
import io.ovsguard.validator.switchconf.ProposedChange;
import io.ovsguard.validator.switchconf.SwitchConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Not a test: validates adding a port to a running switch with 1,000 DPDK ports and prints the time per
 * validation after warm-up (target: under 50 ms). Run with
 * {@code java -cp validator/target/test-classes:validator/target/classes:<deps> io.ovsguard.validator.bench.ValidatorBenchmark}
 * or {@code mvn -q -pl validator -am test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.ovsguard.validator.bench.ValidatorBenchmark}.
 */
public final class ValidatorBenchmark {

    private static final int PORTS = 1000;
    private static final int WARMUP = 200;
    private static final int RUNS = 200;

    private ValidatorBenchmark() {
    }

    public static void main(String[] args) {
        List<NumaNode> nodes = new ArrayList<>();
        for (int n = 0; n < 4; n++) {
            nodes.add(new NumaNode(n, CpuList.parse((n * 20) + "-" + (n * 20 + 19)),
                    List.of(new HugepagePool(2048, 65536, 60000)), "bench/node" + n));
        }
        HostSnapshot host = new HostSnapshot(nodes, List.of(), "benchmark host");
        List<ExistingInterface> interfaces = new ArrayList<>();
        for (int i = 0; i < PORTS; i++) {
            interfaces.add(ExistingInterface.dpdk("p" + i, "net_null" + i, i % 3 == 0 ? 9000 : 1500, i + 1));
        }
        SwitchConfig config = SwitchConfig.of(Map.of("dpdk-init", "true", "dpdk-socket-mem", "4096,4096,4096,4096",
                "dpdk-socket-limit", "4096,4096,4096,4096", "pmd-cpu-mask", "0x300003"), "3.1.0", "DPDK 22.11.11")
                .withDpdkInitialized(true).withInterfaces(interfaces);
        ProposedChange change = ProposedChange.of(ConfigChange.AddPort.dpdk("new", "net_null" + PORTS, 1500));
        Validator validator = new Validator();
        Report last = null;
        for (int i = 0; i < WARMUP; i++) {
            last = validator.validate(config, host, change);
        }
        long start = System.nanoTime();
        for (int i = 0; i < RUNS; i++) {
            last = validator.validate(config, host, change);
        }
        double ms = (System.nanoTime() - start) / 1e6 / RUNS;
        System.out.printf("validate(%d existing ports + 1 add): %.2f ms per run after %d warm-up runs "
                + "(target < 50 ms); prediction %s, %d findings%n", PORTS, ms, WARMUP,
                last.steps().get(0).outcome().label(), last.findings().size());
    }
}
