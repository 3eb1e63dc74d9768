package io.ovsguard.validator.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.validator.Fixtures;
import io.ovsguard.validator.memory.Outcome;
import io.ovsguard.validator.report.Finding;
import io.ovsguard.validator.report.Report;
import io.ovsguard.validator.report.Severity;
import io.ovsguard.validator.switchconf.ConfigChange;
import io.ovsguard.validator.switchconf.ExistingInterface;
import io.ovsguard.validator.switchconf.ProposedChange;
import io.ovsguard.validator.switchconf.SwitchConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * MTUs a DPDK port does not take. On OVS 3.1 + DPDK 22.11 here, {@code add-port br0 dpdk0 -- set Interface dpdk0
 * type=dpdk options:dpdk-devargs=net_null0 mtu_request=9800} (dpdk-socket-mem 64) committed with exit status 0;
 * ovs-vswitchd logged "dpdk0: unsupported MTU 9800" and "failed to set MTU for network device dpdk0: Invalid
 * argument", created a pool of 2176-byte mbufs (MTU 1500), and left ofport 1, mtu 1500, mtu_request 9800, link up.
 */
class MtuRuleTest {

    private final Validator validator = new Validator();

    private static SwitchConfig switchOf(String ovsVersion, List<ExistingInterface> interfaces) {
        return SwitchConfig.of(Map.of("dpdk-init", "true", "dpdk-socket-mem", "64", "dpdk-socket-limit", "64"),
                ovsVersion, "DPDK 22.11.11").withDpdkInitialized(true).withInterfaces(interfaces);
    }

    private Report add(String ovsVersion, long mtu) {
        return validator.validate(switchOf(ovsVersion, List.of()), Fixtures.host(Fixtures.VM),
                ProposedChange.of(ConfigChange.AddPort.dpdk("dpdk0", "net_null0", mtu)));
    }

    @Test
    void anMtuAboveTheLargestIsRefusedAndThePortIsSizedAtTheMtuItKeeps() {
        Report report = add("3.1.0", 9800);

        assertThat(report.withId(RuleIds.MTU_OUT_OF_RANGE)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("68 to 9702", "\"dpdk0: unsupported MTU 9800\"", "MTU 1500");
            assertThat(f.fix()).hasValue("set Interface dpdk0 mtu_request=9702");
        });
        // the pool is the one of MTU 1500, which 64 MB holds: no memory finding with a wrong reason and fix
        assertThat(report.ids()).doesNotContain(RuleIds.MEMPOOL_INSUFFICIENT);
        assertThat(report.steps().get(0).mtu()).isEqualTo(1500);
        assertThat(report.steps().get(0).outcome()).isEqualTo(Outcome.OK);
        assertThat(report.hasBlocking()).isTrue();
    }

    @Test
    void theLargestMtuAndTheSmallestAreTaken() {
        assertThat(add("3.1.0", 9702).ids()).doesNotContain(RuleIds.MTU_OUT_OF_RANGE);
        assertThat(add("3.1.0", 68).ids()).doesNotContain(RuleIds.MTU_OUT_OF_RANGE);
    }

    @Test
    void anMtuBelowTheSmallestIsRefusedWithTheSmallestAsItsFix() {
        Finding f = add("3.1.0", 67).withId(RuleIds.MTU_OUT_OF_RANGE).get(0);
        assertThat(f.fix()).hasValue("set Interface dpdk0 mtu_request=68");
    }

    @Test
    void olderVersionsTakeUpTo9710() {
        assertThat(add("2.8.0", 9710).ids()).doesNotContain(RuleIds.MTU_OUT_OF_RANGE);
        assertThat(add("2.9.0", 9710).withId(RuleIds.MTU_OUT_OF_RANGE)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("OVS 2.9.0", "68 to 9702"));
    }

    @Test
    void anExistingPortAskedForAnMtuItDoesNotTakeKeepsItsOwn() {
        SwitchConfig cfg = switchOf("3.1.0", List.of(ExistingInterface.dpdk("p0", "net_null0", 1500, 1)));
        Report report = validator.validate(cfg, Fixtures.host(Fixtures.VM),
                ProposedChange.of(ConfigChange.SetInterface.mtu("p0", 12000)));

        assertThat(report.withId(RuleIds.MTU_OUT_OF_RANGE)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("keeps the port at MTU 1500"));
        assertThat(report.ids()).doesNotContain(RuleIds.MEMPOOL_INSUFFICIENT);
    }

    @Test
    void anAuditFindsTheRefusedRequestNotAFailedMtuChange() {
        ExistingInterface refused = new ExistingInterface("dpdk0", "dpdk", Map.of("dpdk-devargs", "net_null0"),
                OptionalLong.of(9800), OptionalLong.of(1500), Optional.empty(), OptionalLong.of(1));
        Report audit = validator.audit(switchOf("3.1.0", List.of(refused)), Fixtures.host(Fixtures.VM));

        assertThat(audit.ids()).contains(RuleIds.MTU_OUT_OF_RANGE).doesNotContain(RuleIds.PORT_STALE,
                RuleIds.MEMPOOL_INSUFFICIENT);
        assertThat(audit.withId(RuleIds.MTU_OUT_OF_RANGE).get(0).message()).contains("keeps the port at MTU 1500");
    }
}
