package io.ovsguard.validator.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.validator.Fixtures;
import io.ovsguard.validator.host.HostSnapshot;
import io.ovsguard.validator.memory.Outcome;
import io.ovsguard.validator.report.Finding;
import io.ovsguard.validator.report.Report;
import io.ovsguard.validator.report.Severity;
import io.ovsguard.validator.switchconf.ConfigChange;
import io.ovsguard.validator.switchconf.ExistingInterface;
import io.ovsguard.validator.switchconf.ProposedChange;
import io.ovsguard.validator.switchconf.SwitchConfig;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RulesTest {

    private final Validator validator = new Validator();

    private static SwitchConfig ovs31(Map<String, String> extra) {
        Map<String, String> other = new HashMap<>(Map.of("dpdk-init", "true"));
        other.putAll(extra);
        return SwitchConfig.of(other, "3.1.0", "DPDK 22.11.11");
    }

    private static ProposedChange add(String name, String devargs, long mtu) {
        return ProposedChange.of(ConfigChange.AddPort.dpdk(name, devargs, mtu));
    }

    @Test
    void nicOnNodeWithoutHugepagesHasNoSocketMemoryAndTheFixAddsPagesThere() {
        HostSnapshot host = Fixtures.host(Fixtures.TWO_SOCKET);
        Report report = validator.validate(ovs31(Map.of("pmd-cpu-mask", "0x10000")), host,
                add("dpdk0", "0000:af:00.0", 1500));

        assertThat(report.steps().get(0).outcome()).isEqualTo(Outcome.FAIL);
        assertThat(report.withId(RuleIds.NUMA_NO_SOCKET_MEMORY)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("NUMA node 1", "no free hugepages"));
        assertThat(report.ids()).doesNotContain(RuleIds.PMD_NO_CORE_ON_NUMA);
    }

    @Test
    void pmdMaskWithoutCoreOnTheNicNodeIsAWarningWithAMaskThatAddsOne() {
        HostSnapshot host = Fixtures.host(Fixtures.TWO_SOCKET);
        Report report = validator.validate(ovs31(Map.of("pmd-cpu-mask", "0x2", "dpdk-socket-mem", "1024,1024")),
                host.withFreeHugepages(1, 2048, 0), add("dpdk0", "0000:af:00.0", 1500));
        Finding pmd = report.withId(RuleIds.PMD_NO_CORE_ON_NUMA).get(0);
        assertThat(pmd.severity()).isEqualTo(Severity.WARNING);
        assertThat(pmd.fix()).hasValue("set Open_vSwitch . other_config:pmd-cpu-mask=0x10002");
    }

    @Test
    void dynamicMemoryFailureOnStartIsAHugepageFinding() {
        HostSnapshot host = Fixtures.host(Fixtures.TWO_SOCKET).withFreeHugepages(0, 2048, 20);
        Report report = validator.validate(ovs31(Map.of()), host, add("dpdk0", "0000:18:00.0", 1500));
        // 18:00.0 is on igb, and 40 MB cannot hold even 16384 mbufs
        assertThat(report.ids()).contains(RuleIds.DEVARGS_KERNEL_DRIVER, RuleIds.HUGEPAGES_INSUFFICIENT_FREE);
        Finding pages = report.withId(RuleIds.HUGEPAGES_INSUFFICIENT_FREE).get(0);
        assertThat(pages.fix()).get().asString()
                .matches("echo \\d+ > /sys/devices/system/node/node0/hugepages/hugepages-2048kB/nr_hugepages");
        assertThat(pages.marginMib()).isPresent();
    }

    @Test
    void virtioNicWithUnknownNodeWarnsAndUsesSocket0() {
        Report report = validator.validate(ovs31(Map.of()), Fixtures.host(Fixtures.VM),
                add("dpdk0", "0000:00:03.0", 1500));
        assertThat(report.withId(RuleIds.NUMA_UNKNOWN_NODE)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(report.steps().get(0).socket()).isZero();
        assertThat(report.steps().get(0).outcome()).isEqualTo(Outcome.OK);
        assertThat(report.hasBlocking()).isFalse();
    }

    @Test
    void devargsProblemsAreBlockingFindings() {
        HostSnapshot host = Fixtures.host(Fixtures.FOUR_NODE);
        SwitchConfig running = ovs31(Map.of()).withInterfaces(List.of(ExistingInterface.dpdk("dpdk0", "0000:8b:00.0",
                1500, 1)));
        assertThat(validator.validate(running, host, add("dpdk1", "0000:8b:00.1", 1500)).ids())
                .contains(RuleIds.DEVARGS_KERNEL_DRIVER);
        assertThat(validator.validate(running, host, add("dpdk1", "0000:5e:00.0", 1500)).ids())
                .contains(RuleIds.DEVARGS_NO_SUCH_DEVICE);
        Report inUse = validator.validate(running, host, add("dpdk1", "8b:00.0", 1500));
        assertThat(inUse.withId(RuleIds.DEVARGS_IN_USE)).singleElement().satisfies(f ->
                assertThat(f.message()).contains("already in use by 'dpdk0'"));
        Report bad = validator.validate(running, host, add("dpdk1", "0000:8b:00.x", 1500));
        assertThat(bad.withId(RuleIds.CONFIG_MALFORMED)).singleElement().satisfies(f ->
                assertThat(f.message()).contains("\"0000:8b:00.x\"", "function \"x\""));
    }

    @Test
    void malformedValuesAreFindingsQuotingTheText() {
        HostSnapshot host = Fixtures.host(Fixtures.VM);
        SwitchConfig cfg = ovs31(Map.of("dpdk-socket-mem", "256,,x"));
        ProposedChange change = ProposedChange.of(ConfigChange.AddPort.dpdk("dpdk0", "0000:00:03.0", 1500)
                .withOptions(Map.of("n_rxq", "two")));
        Report report = validator.validate(cfg, host, change);
        assertThat(report.withId(RuleIds.CONFIG_MALFORMED)).extracting(Finding::message).anySatisfy(m ->
                assertThat(m).contains("dpdk-socket-mem=\"256,,x\"", "entry 2 is empty"));
        // netdev-dpdk reads a queue count that is not a number as 1: the port works, so it is a warning
        assertThat(report.withId(RuleIds.CONFIG_IGNORED)).extracting(Finding::message).anySatisfy(m ->
                assertThat(m).contains("n_rxq=\"two\"", "OVS uses 1"));
        assertThat(report.hasBlocking()).isTrue();
    }

    @Test
    void queueSettingsOvsReadsAsItsDefaultsAreWarningsNotErrors() {
        // checked against OVS 3.1's ovs-vswitchd: n_rxq=0 came up with one queue (ofport 4, no error)
        for (Map<String, String> options : List.of(Map.of("n_rxq", "0"), Map.of("n_rxq", "-3"),
                Map.of("n_rxq_desc", "0"), Map.of("n_txq_desc", "many"), Map.of("n_rxq_desc", "8192"))) {
            Report report = validator.validate(ovs31(Map.of()), Fixtures.host(Fixtures.VM), ProposedChange.of(
                    ConfigChange.AddPort.dpdk("dpdk0", "0000:00:03.0", 1500).withOptions(options)));
            assertThat(report.ids()).as("%s", options).contains(RuleIds.CONFIG_IGNORED)
                    .doesNotContain(RuleIds.CONFIG_MALFORMED);
        }
    }

    @Test
    void queueCountsAreReadAsOvsReadsIntegers() {
        assertThat(PortResolver.smapInt("4")).hasValue(4);
        assertThat(PortResolver.smapInt(" +4")).hasValue(4);
        assertThat(PortResolver.smapInt("-2")).hasValue(-2);
        assertThat(PortResolver.smapInt("4 ")).isEmpty();
        assertThat(PortResolver.smapInt("0x10")).isEmpty();
        assertThat(PortResolver.smapInt("")).isEmpty();
        assertThat(PortResolver.smapInt("99999999999")).isEmpty();
    }

    @Test
    void dpdkInitOffBlocksEveryDpdkPort() {
        Report report = validator.validate(SwitchConfig.of(Map.of(), "3.1.0", "DPDK 22.11.11"),
                Fixtures.host(Fixtures.VM), add("dpdk0", "0000:00:03.0", 1500));
        assertThat(report.withId(RuleIds.DPDK_INIT_DISABLED)).singleElement().satisfies(f ->
                assertThat(f.fix()).hasValue("set Open_vSwitch . other_config:dpdk-init=true"));
        assertThat(report.steps().get(0).outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void secondPortWithLargerMtuFailsAfterTheFirstTookItsShareE01() {
        SwitchConfig cfg = ovs31(Map.of("dpdk-socket-mem", "256", "dpdk-socket-limit", "256",
                "dpdk-extra", "--no-pci")).withDpdkInitialized(true)
                .withInterfaces(List.of(ExistingInterface.dpdk("p0", "net_null0", 1500, 1)));
        Report report = validator.validate(cfg, Fixtures.host(Fixtures.VM), add("p1", "net_null1", 9000));
        assertThat(report.steps().get(0).outcome()).isEqualTo(Outcome.FAIL);
        Finding f = report.withId(RuleIds.MEMPOOL_INSUFFICIENT).get(0);
        assertThat(f.marginMib()).isPresent();
        assertThat(f.marginMib().getAsDouble()).isNegative();
        assertThat(f.fix()).isPresent();
    }

    @Test
    void failedMtuChangeIsPredictedStaleAndAuditFindsAStaleRow() {
        SwitchConfig cfg = ovs31(Map.of("dpdk-socket-mem", "64", "dpdk-socket-limit", "64")).withDpdkInitialized(true)
                .withInterfaces(List.of(ExistingInterface.dpdk("p0", "net_null0", 1500, 1)));
        Report report = validator.validate(cfg, Fixtures.host(Fixtures.VM),
                ProposedChange.of(ConfigChange.SetInterface.mtu("p0", 9000)));
        assertThat(report.steps().get(0).outcome()).isEqualTo(Outcome.STALE);
        assertThat(report.withId(RuleIds.MEMPOOL_INSUFFICIENT).get(0).message()).contains("leaves the datapath");

        ExistingInterface stale = new ExistingInterface("p0", "dpdk", Map.of("dpdk-devargs", "net_null0"),
                OptionalLong.of(9000), OptionalLong.of(1500), Optional.empty(), OptionalLong.of(1));
        Report audit = validator.audit(cfg.withInterfaces(List.of(stale)), Fixtures.host(Fixtures.VM));
        assertThat(audit.withId(RuleIds.PORT_STALE)).singleElement().satisfies(f ->
                assertThat(f.fix()).hasValue("set Interface p0 mtu_request=1500"));
    }

    @Test
    void halvedPerPortPoolIsALowMbufWarningC18() {
        SwitchConfig cfg = ovs31(Map.of("dpdk-socket-mem", "96", "dpdk-socket-limit", "96", "per-port-memory", "true",
                "pmd-cpu-mask", "0x2"));
        ProposedChange change = ProposedChange.of(ConfigChange.AddPort.dpdk("p0", "net_null0", 1500)
                .withOptions(Map.of("n_rxq", "2", "n_rxq_desc", "4096", "n_txq_desc", "4096")));
        HostSnapshot vm = Fixtures.host(Fixtures.VM);
        Report report = validator.validate(cfg, vm, change);
        assertThat(report.steps().get(0).mbufs()).hasValue(16416);
        assertThat(report.withId(RuleIds.MEMPOOL_LOW_MBUFS)).singleElement().satisfies(f ->
                assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(report.hasBlocking()).isFalse();
    }

    @Test
    void socketMemChangeIsCheckedAgainstTheRestartedSwitch() {
        SwitchConfig cfg = ovs31(Map.of("dpdk-socket-mem", "256", "dpdk-socket-limit", "256")).withDpdkInitialized(true)
                .withInterfaces(List.of(ExistingInterface.dpdk("p0", "net_null0", 9000, 1)));
        Report report = validator.validate(cfg, Fixtures.host(Fixtures.VM), ProposedChange.of(
                new ConfigChange.SetOtherConfig(Map.of("dpdk-socket-mem", "64", "dpdk-socket-limit", "64"),
                        java.util.Set.of())));
        assertThat(report.ids()).contains(RuleIds.DPDK_RESTART_REQUIRED);
    }

    @Test
    void aPmdMaskChangeAppliesAtOnceToTheRunningSwitch() {
        SwitchConfig cfg = ovs31(Map.of("dpdk-socket-mem", "256", "dpdk-socket-limit", "256")).withDpdkInitialized(true)
                .withInterfaces(List.of(ExistingInterface.dpdk("p0", "net_null0", 9000, 1)));
        Report report = validator.validate(cfg, Fixtures.host(Fixtures.VM), ProposedChange.of(
                new ConfigChange.SetOtherConfig(Map.of("pmd-cpu-mask", "0x2"), java.util.Set.of())));
        assertThat(report.ids()).doesNotContain(RuleIds.DPDK_RESTART_REQUIRED);
        assertThat(report.hasBlocking()).isFalse();
    }
}
