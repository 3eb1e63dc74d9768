package io.ovsguard.sandbox.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

class OvsEnvironmentConditionTest {
    private static final HostRequirement.Host COMPLETE = new HostRequirement.Host(List.of(), List.of(), true, true);
    private static final HostRequirement.Host NO_DPDK = new HostRequirement.Host(List.of(),
            List.of(Path.of("/usr/lib/openvswitch-switch-dpdk/ovs-vswitchd-dpdk")), true, true);
    private static final HostRequirement.Host NOT_ROOT = new HostRequirement.Host(List.of(), List.of(), true, false);
    private static final HostRequirement.Host NO_OVS = new HostRequirement.Host(
            List.of(Path.of("/usr/sbin/ovsdb-server")), List.of(), true, true);

    @Test
    void enablesWhenTheHostHasEverything() {
        ConditionEvaluationResult result = OvsEnvironmentCondition.verdict(List.of(HostRequirement.DPDK), COMPLETE, true);

        assertThat(result.isDisabled()).isFalse();
    }

    @Test
    void skipsWithTheReasonWhenDpdkVswitchdIsMissing() {
        ConditionEvaluationResult result = OvsEnvironmentCondition.verdict(List.of(HostRequirement.DPDK), NO_DPDK, false);

        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason()).hasValueSatisfying(r -> assertThat(r).contains("ovs-vswitchd-dpdk"));
    }

    @Test
    void failsInsteadOfSkippingWhenStrict() {
        assertThatThrownBy(() -> OvsEnvironmentCondition.verdict(List.of(HostRequirement.HUGEPAGES), NOT_ROOT, true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ovsguard.it.strict=true")
                .hasMessageContaining("needs root");
    }

    @Test
    void ovsdbOnlyTestsDoNotNeedHugepagesOrDpdk() {
        HostRequirement.Host noHugepages = new HostRequirement.Host(List.of(), List.of(Path.of("/x")), false, false);

        assertThat(OvsEnvironmentCondition.verdict(List.of(HostRequirement.OVS), noHugepages, true).isDisabled())
                .isFalse();
    }

    @Test
    void hugepageTestsDoNotNeedOvsPrograms() {
        assertThat(OvsEnvironmentCondition.verdict(List.of(HostRequirement.HUGEPAGES), NO_OVS, true).isDisabled())
                .isFalse();
        assertThat(OvsEnvironmentCondition.verdict(List.of(HostRequirement.OVS), NO_OVS, false).getReason())
                .hasValueSatisfying(r -> assertThat(r).contains("/usr/sbin/ovsdb-server"));
    }
}
