package io.ovsguard.validator.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.validator.Fixtures;
import io.ovsguard.validator.host.HostSnapshot;
import io.ovsguard.validator.memory.FailureCause;
import io.ovsguard.validator.memory.Outcome;
import io.ovsguard.validator.memory.StepPrediction;
import io.ovsguard.validator.report.Finding;
import io.ovsguard.validator.report.Report;
import io.ovsguard.validator.report.ReportFormatter;
import io.ovsguard.validator.switchconf.ConfigChange;
import io.ovsguard.validator.switchconf.ProposedChange;
import io.ovsguard.validator.switchconf.SwitchConfig;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The 2016 report the project started from: OVS 2.6.0 + DPDK 16.07, 256 MB per socket, NIC on node 2. */
class SeedReportTest {

    private final Validator validator = new Validator();
    private final HostSnapshot host = Fixtures.host(Fixtures.FOUR_NODE);

    private SwitchConfig seedSwitch(String socketMem) {
        return SwitchConfig.of(Map.of("dpdk-init", "true", "dpdk-socket-mem", socketMem), "2.6.0", "DPDK 16.07");
    }

    private final ProposedChange addDpdk0 = ProposedChange.of(ConfigChange.AddPort.dpdk("dpdk0", "0000:8b:00.0",
            1500));

    @Test
    void mtu1500PortOnNode2IsPredictedToFailBecauseDpdk1607LeaksTheFirstAttempt() {
        Report report = validator.validate(seedSwitch("256,256,256,256"), host, addDpdk0);

        StepPrediction step = report.steps().get(0);
        assertThat(step.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(step.socket()).isEqualTo(2);
        assertThat(step.cause()).isEqualTo(FailureCause.POPULATE_LEAK);
        assertThat(step.attempts()).containsExactly(262144, 131072, 65536, 32768, 16384);
        assertThat(step.objectBytes()).isEqualTo(2880);
        assertThat(report.hasBlocking()).isTrue();
        Finding finding = report.withId(RuleIds.MEMPOOL_INSUFFICIENT).get(0);
        assertThat(finding.message()).contains("socket 2", "DPDK 16.07", "f5e9ed5c4e",
                "Insufficient memory to create memory pool for netdev dpdk0, with MTU 1500 on socket 2");
        assertThat(finding.evidence()).anyMatch(e -> e.contains("0000:8b:00.0/numa_node = 2"));
        assertThat(finding.fix()).get().asString().startsWith("set Open_vSwitch . other_config:dpdk-socket-mem=");
    }

    @Test
    void suggestedSocketMemIsOneTheModelSaysFits() {
        Report report = validator.validate(seedSwitch("256,256,256,256"), host, addDpdk0);
        String fix = report.withId(RuleIds.MEMPOOL_INSUFFICIENT).get(0).fix().orElseThrow();
        Matcher m = Pattern.compile("dpdk-socket-mem=([0-9,]+)").matcher(fix);
        assertThat(m.find()).isTrue();
        String suggested = m.group(1);
        assertThat(suggested).matches("256,256,\\d+,256");

        Report after = validator.validate(seedSwitch(suggested), host, addDpdk0);
        assertThat(after.steps().get(0).outcome()).isEqualTo(Outcome.OK);
        assertThat(after.steps().get(0).mbufs()).hasValue(262144);
        assertThat(after.steps().get(0).marginMib()).isGreaterThanOrEqualTo(8);
        assertThat(after.hasBlocking()).isFalse();
    }

    @Test
    void sameHostWithDpdk1611FitsAfterHalving() {
        SwitchConfig fixedDpdk = SwitchConfig.of(Map.of("dpdk-init", "true", "dpdk-socket-mem", "256,256,256,256"),
                "2.7.1", "DPDK 16.11");
        Report report = validator.validate(fixedDpdk, host, addDpdk0);
        assertThat(report.steps().get(0).outcome()).isEqualTo(Outcome.OK);
        assertThat(report.steps().get(0).mbufs()).hasValue(65536);
        assertThat(report.ids()).contains(RuleIds.MEMPOOL_REDUCED).doesNotContain(RuleIds.MEMPOOL_INSUFFICIENT);
    }

    @Test
    void v26ResolvesPortNameDpdk0ToTheOnlyVfioBoundDevice() {
        ProposedChange byName = ProposedChange.of(new ConfigChange.AddPort("br0", "dpdk0", "dpdk", Map.of(),
                java.util.OptionalLong.empty()));
        Report report = validator.validate(seedSwitch("256,256,256,256"), host, byName);
        assertThat(report.steps().get(0).socket()).isEqualTo(2);
        assertThat(report.steps().get(0).outcome()).isEqualTo(Outcome.FAIL);
        assertThat(report.withId(RuleIds.DEVARGS_MISSING)).isEmpty();
        assertThat(ReportFormatter.text(report)).contains("predict fail", "short by 477.5 MiB");
    }
}
