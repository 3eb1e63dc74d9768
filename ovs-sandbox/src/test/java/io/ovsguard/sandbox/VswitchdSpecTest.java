package io.ovsguard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class VswitchdSpecTest {

    @Test
    void socketLimitDecidesTheHugepageDemandPlusMargin() {
        VswitchdSpec spec = VswitchdSpec.builder().socketMemMb(64).socketLimitMb(128).build();

        assertThat(spec.hugepages()).isEqualTo(new HugepageDemand.Additional(64 + VswitchdSpec.HUGEPAGE_MARGIN));
        assertThat(spec.dynamicMemory()).isFalse();
    }

    @Test
    void dynamicMemoryReservesTheDefaultAmount() {
        VswitchdSpec spec = VswitchdSpec.builder().build();

        assertThat(spec.dynamicMemory()).isTrue();
        assertThat(spec.hugepages()).isEqualTo(
                new HugepageDemand.Additional(VswitchdSpec.DYNAMIC_DEFAULT_MB / 2 + VswitchdSpec.HUGEPAGE_MARGIN));
        assertThat(spec.otherConfig("ovsg-abc123")).doesNotContainKeys("dpdk-socket-mem", "dpdk-socket-limit");
    }

    @Test
    void otherConfigCarriesTheCalibrationSettingsAndTheExtras() {
        VswitchdSpec spec = VswitchdSpec.builder().socketMemMb(64).socketLimitMb(64)
                .otherConfig("per-port-memory", "true").build();

        assertThat(spec.otherConfig("ovsg-abc123")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "dpdk-init", "true",
                "dpdk-extra", "--no-pci --file-prefix=ovsg-abc123",
                "pmd-cpu-mask", "0x2",
                "dpdk-socket-mem", "64",
                "dpdk-socket-limit", "64",
                "per-port-memory", "true"));
    }

    @Test
    void rejectsExtraKeysTheSandboxOwns() {
        assertThatThrownBy(() -> VswitchdSpec.builder().otherConfig("dpdk-extra", "--foo").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("other_config:dpdk-extra is set by the sandbox itself");
    }

    @Test
    void rejectsMalformedCpuMaskAndNonPositiveMemory() {
        assertThatThrownBy(() -> VswitchdSpec.builder().pmdCpuMask("2").build())
                .hasMessageContaining("pmd-cpu-mask");
        assertThatThrownBy(() -> VswitchdSpec.builder().socketMemMb(0).build())
                .hasMessageContaining("dpdk-socket-mem must be at least 1 MB");
    }

    @Test
    void explicitExactDemandOverridesTheDerivedOne() {
        VswitchdSpec spec = VswitchdSpec.builder().socketMemMb(64).hugepagesExactlyFree(12).build();

        assertThat(spec.hugepages()).isEqualTo(new HugepageDemand.ExactlyFree(12));
    }

    @Test
    void ovsdbStringQuotingEscapesQuotesAndBackslashes() {
        assertThat(VswitchdLauncher.quoted("--no-pci --file-prefix=x")).isEqualTo("\"--no-pci --file-prefix=x\"");
        assertThat(VswitchdLauncher.quoted("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
    }
}
