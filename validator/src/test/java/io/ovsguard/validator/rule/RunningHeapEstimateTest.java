package io.ovsguard.validator.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.validator.host.CpuList;
import io.ovsguard.validator.host.HostSnapshot;
import io.ovsguard.validator.host.HugepagePool;
import io.ovsguard.validator.host.NumaNode;
import io.ovsguard.validator.memory.Outcome;
import io.ovsguard.validator.switchconf.ConfigChange;
import io.ovsguard.validator.switchconf.ExistingInterface;
import io.ovsguard.validator.switchconf.ProposedChange;
import io.ovsguard.validator.switchconf.SwitchConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A running switch without socket memory (dynamic heap): the pages its heap holds are read from sysfs, because a
 * released pool that is not swept yet holds pages no database row explains (calibration F07, step 3).
 */
class RunningHeapEstimateTest {

    private static HostSnapshot vm(long totalPages, long freePages) {
        NumaNode node = new NumaNode(0, CpuList.parse("0-1"),
                List.of(new HugepagePool(HugepagePool.SIZE_2M_KIB, totalPages, freePages)), "vm/node0");
        return new HostSnapshot(List.of(node), List.of(), "calibration VM");
    }

    /** F07 after step 2: p0 went 1500 -> 9000; its 262144-mbuf 1500 pool is released but still allocated. */
    private static SwitchConfig p0At9000() {
        return SwitchConfig.of(Map.of("dpdk-init", "true", "pmd-cpu-mask", "0x2"), "3.1.0", "DPDK 22.11.11")
                .withDpdkInitialized(true)
                .withInterfaces(List.of(ExistingInterface.dpdk("p0", "net_null0", 9000, 1)));
    }

    @Test
    void mtuChangeBackFitsWhenTheNodesUsedPagesShowTheOldPoolIsStillHeld() {
        // 1024 pages, 7 free: the heap holds 2034 MiB, the 9000 pool (1274 MiB) and the unswept 1500 pool.
        var report = new Validator().validate(p0At9000(), vm(1024, 7),
                ProposedChange.of(ConfigChange.SetInterface.mtu("p0", 1500)));

        assertThat(report.steps()).singleElement().satisfies(s -> assertThat(s.outcome()).isEqualTo(Outcome.OK));
    }

    @Test
    void mtuChangeBackFailsWhenTheHeapHoldsOnlyTheCurrentPool() {
        // 644 pages, 7 free: the heap holds 1274 MiB, just the 9000 pool; 14 MiB cannot hold any 1500 pool.
        var report = new Validator().validate(p0At9000(), vm(644, 7),
                ProposedChange.of(ConfigChange.SetInterface.mtu("p0", 1500)));

        assertThat(report.steps()).singleElement().satisfies(s -> assertThat(s.outcome()).isEqualTo(Outcome.STALE));
    }

    @Test
    void aRuntimeKeyChangeSeesTheHeapTheSwitchHoldsUnderTheMaskItRunsWith() {
        // per-port pools: a second PMD (0x3) gives every port one more tx queue and a bigger pool, but only once the
        // switch reconfigures; what it holds now was sized for the one PMD it runs with
        SwitchConfig perPort = SwitchConfig.of(Map.of("dpdk-init", "true", "pmd-cpu-mask", "0x2",
                "per-port-memory", "true"), "3.1.0", "DPDK 22.11.11").withDpdkInitialized(true)
                .withInterfaces(List.of(ExistingInterface.dpdk("p0", "net_null0", 9000, 1)));
        HostSnapshot host = vm(1024, 1000);

        ValidationContext asRunning = ContextBuilder.build(perPort, host, ProposedChange.of(
                ConfigChange.SetInterface.mtu("p0", 9000)));
        ValidationContext masked = ContextBuilder.build(perPort, host, ProposedChange.of(
                new ConfigChange.SetOtherConfig(Map.of("pmd-cpu-mask", "0x3"), java.util.Set.of())));

        assertThat(masked.restart()).isFalse();
        assertThat(masked.running()).isTrue();
        assertThat(masked.model().pmds().cpus()).hasSize(2);
        assertThat(masked.model().budgets()).isEqualTo(asRunning.model().budgets());
    }
}
