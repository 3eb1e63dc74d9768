package io.ovsguard.validator.vswitchd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class DiagnosticianTest {

    private static final String GENERIC = "could not add network device p1 to ofproto (Invalid argument)";

    private static InterfaceState failedAdd(String name, String devargs, String error) {
        return new InterfaceState(name, "dpdk", Map.of("dpdk-devargs", devargs), OptionalLong.of(9000),
                OptionalLong.empty(), Optional.of(error), OptionalLong.of(-1), Optional.empty(), Optional.of(false));
    }

    @Test
    void genericRowErrorWithTheMempoolLineInTheLogIsAMempoolFailure() {
        List<PortSignal> log = LogSignals.parse(List.of("netdev_dpdk|ERR|Failed to create memory pool for netdev p1,"
                + " with MTU 9000 on socket 0: Cannot allocate memory"));

        FailureDiagnosis diagnosis = Diagnostician.diagnose(failedAdd("p1", "net_null1", GENERIC), log);

        assertThat(diagnosis.kind()).isEqualTo(FailureKind.MEMPOOL);
        assertThat(diagnosis.mtu()).hasValue(9000);
        assertThat(diagnosis.evidence()).hasSize(2);
    }

    @Test
    void mempoolLineOfAnotherPortDoesNotExplainThisOne() {
        List<PortSignal> log = LogSignals.parse(List.of("netdev_dpdk|ERR|Failed to create memory pool for netdev p9,"
                + " with MTU 9000 on socket 0: Cannot allocate memory"));

        assertThat(Diagnostician.diagnose(failedAdd("p1", "net_null1", GENERIC), log).kind())
                .isEqualTo(FailureKind.UNKNOWN);
    }

    @Test
    void rowErrorAloneNamesADeviceThatDidNotAttach() {
        FailureDiagnosis diagnosis = Diagnostician.diagnose(failedAdd("p2", "net_bogus7",
                "Error attaching device 'net_bogus7' to DPDK"), List.of());

        assertThat(diagnosis.kind()).isEqualTo(FailureKind.DEVICE_NOT_ATTACHED);
    }

    @Test
    void healthyLookingRowMissingFromTheDatapathIsStaleAndSaysSo() {
        InterfaceState stale = new InterfaceState("p0", "dpdk", Map.of("dpdk-devargs", "net_null0"),
                OptionalLong.of(9000), OptionalLong.of(1500), Optional.empty(), OptionalLong.of(1), Optional.of("down"),
                Optional.of(false));

        FailureDiagnosis diagnosis = Diagnostician.diagnose(stale, List.of());

        assertThat(stale.stale()).isTrue();
        assertThat(stale.healthy()).isFalse();
        assertThat(diagnosis.evidence()).contains("dpctl/show does not list p0");
        assertThat(diagnosis.state()).contains("mtu=1500 mtu_request=9000 link_state=down");
    }
}
