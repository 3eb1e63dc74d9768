package io.ovsguard.validator.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.validator.host.CpuList;
import io.ovsguard.validator.host.HostSnapshot;
import io.ovsguard.validator.host.HugepagePool;
import io.ovsguard.validator.host.NumaNode;
import io.ovsguard.validator.switchconf.SwitchConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Replays every public configuration of calibration-ovs31-dpdk2211.md §5 step by step through the model and
 * compares each step with what the real OVS 3.1 + DPDK 22.11 did; and the §4 per-MTU thresholds.
 */
class CalibrationTest {

    private static final String TABLE = "/calibration/ovs31-dpdk2211-public.tsv";

    /** The calibration VM: one node, 2 vCPUs, {@code pages} free 2 MB hugepages. */
    static HostSnapshot calibrationHost(int pages) {
        NumaNode node = new NumaNode(0, CpuList.parse("0-1"),
                List.of(new HugepagePool(HugepagePool.SIZE_2M_KIB, pages, pages)), "calibration-vm/node0");
        return new HostSnapshot(List.of(node), List.of(), "calibration VM");
    }

    static SwitchConfig calibrationSwitch(String socketMem, String socketLimit, boolean perPort, String extra) {
        Map<String, String> other = new HashMap<>();
        other.put("dpdk-init", "true");
        other.put("pmd-cpu-mask", "0x2");
        other.put("dpdk-extra", "--no-pci --file-prefix=calib");
        if (!socketMem.equals("-")) {
            other.put("dpdk-socket-mem", socketMem);
        }
        if (!socketLimit.equals("-")) {
            other.put("dpdk-socket-limit", socketLimit);
        }
        if (perPort) {
            other.put("per-port-memory", "true");
        }
        if (!extra.equals("-")) {
            String[] kv = extra.split("=", 2);
            other.put(kv[0], kv[1]);
        }
        return SwitchConfig.of(other, "3.1.0", "DPDK 22.11.11");
    }

    static List<String> simulate(CalibrationTable.Config cfg, List<StepPrediction> out) {
        SwitchModel model = SwitchModel.build(calibrationSwitch(cfg.socketMem(), cfg.socketLimit(), cfg.perPort(),
                cfg.extra()), calibrationHost(cfg.pages()), false, Map.of(), e -> {
                    throw e;
                });
        MempoolSimulator sim = model.newSimulator();
        List<String> mismatches = new ArrayList<>();
        Map<String, PortSpec> specs = new HashMap<>();
        for (CalibrationTable.Step step : cfg.steps()) {
            sim.retryFailedPorts();
            StepPrediction p;
            if (step.action().equals("add")) {
                PortSpec spec = new PortSpec(step.port(), 0, step.mtu(), step.rxq(), step.desc(), step.desc(), false);
                specs.put(step.port(), spec);
                p = sim.addPort(spec, step.action());
            } else {
                PortSpec spec = specs.get(step.port()).withMtu(step.mtu());
                specs.put(step.port(), spec);
                p = sim.reconfigurePort(spec, step.action());
            }
            out.add(p);
            String got = p.outcome().label() + " " + (p.mbufs().isPresent() ? p.mbufs().getAsInt() : "-");
            String want = step.outcome() + " " + step.mbufs();
            if (!got.equals(want) || (!step.objBytes().equals("-")
                    && Integer.parseInt(step.objBytes()) != p.objectBytes())) {
                mismatches.add(cfg.id() + " " + step.action() + " " + step.port() + ": want " + want + " got " + got
                        + " (T=" + p.objectBytes() + ", margin " + String.format("%.2f", p.marginMib()) + " MiB)");
            }
        }
        return mismatches;
    }

    @Test
    void everyPublicStepMatchesTheMeasuredOutcomeAndPoolSize() throws Exception {
        List<CalibrationTable.Config> configs = CalibrationTable.load(TABLE);
        List<String> mismatches = new ArrayList<>();
        int steps = 0;
        for (CalibrationTable.Config cfg : configs) {
            List<StepPrediction> predictions = new ArrayList<>();
            mismatches.addAll(simulate(cfg, predictions));
            steps += predictions.size();
        }
        assertThat(configs).hasSize(67);
        assertThat(steps).isEqualTo(105);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void perMtuThresholdsComeOutExactly() {
        // calibration §4: smallest even socket-mem (= socket-limit) between 8 and 512 that succeeds
        Map<String, Integer> expected = Map.of("shared 1500", 50, "shared 2000", 50, "shared 4000", 82,
                "shared 9000", 162, "per-port 1500", 68, "per-port 2000", 68, "per-port 4000", 112,
                "per-port 9000", 222);
        Map<String, Integer> actual = new HashMap<>();
        for (String key : expected.keySet()) {
            boolean perPort = key.startsWith("per-port");
            int mtu = Integer.parseInt(key.substring(key.indexOf(' ') + 1));
            for (int mem = 8; mem <= 512; mem += 2) {
                CalibrationTable.Config cfg = new CalibrationTable.Config("T", String.valueOf(mem),
                        String.valueOf(mem), 1024, perPort, "-",
                        List.of(new CalibrationTable.Step("add", "p0", mtu, 1, 2048, "ok", "", "-")));
                List<StepPrediction> out = new ArrayList<>();
                simulate(cfg, out);
                if (out.get(0).ok()) {
                    actual.put(key, mem);
                    break;
                }
            }
        }
        assertThat(actual).isEqualTo(expected);
    }
}
