package io.ovsguard.validator.vswitchd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Log lines as OVS 3.1 + DPDK 22.11 wrote them (calibration-ovs31-dpdk2211.md §2, §4.1; memory-model §7). */
class LogSignalsTest {

    private static final List<String> MEMPOOL_FAILURE = List.of(
            "2026-11-25T12:53:52.051Z|00069|netdev_dpdk|INFO|Device 'net_null1' attached to DPDK",
            "2026-11-25T12:53:52.057Z|00071|netdev_dpdk|ERR|Failed to create mempool \"ovs4f470bfb00093260016384\""
                    + " with a request of 8192 mbufs",
            "2026-11-25T12:53:52.057Z|00072|netdev_dpdk|ERR|Failed to create memory pool for netdev p1, with MTU 9000"
                    + " on socket 0: Cannot allocate memory",
            "2026-11-25T12:53:52.057Z|00073|dpif_netdev|ERR|Failed to set interface p1 new configuration",
            "2026-11-25T12:53:52.057Z|00076|dpif|WARN|netdev@ovs-netdev: failed to add p1 as port: Invalid argument",
            "2026-11-25T12:53:52.057Z|00077|bridge|WARN|could not add network device p1 to ofproto (Invalid argument)");

    @Test
    void onlyTheMemoryPoolLineOfAMempoolFailureIsASignal() {
        List<PortSignal> signals = LogSignals.parse(MEMPOOL_FAILURE);

        assertThat(signals).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(FailureKind.MEMPOOL);
            assertThat(s.port()).contains("p1");
            assertThat(s.mtu()).hasValue(9000);
            assertThat(s.socket()).hasValue(0);
        });
    }

    @Test
    void olderInsufficientMemoryWordingIsAMempoolFailureToo() {
        assertThat(LogSignals.parseLine("dpdk|ERR|Insufficient memory to create memory pool for netdev dpdk0, with"
                + " MTU 1500 on socket 2")).map(PortSignal::socket).contains(java.util.OptionalInt.of(2));
    }

    @Test
    void deviceThatCannotBeAttachedIsNamedByItsDevargs() {
        PortSignal signal = LogSignals.parseLine("Error attaching device 'net_bogus7' to DPDK").orElseThrow();

        assertThat(signal.kind()).isEqualTo(FailureKind.DEVICE_NOT_ATTACHED);
        assertThat(signal.concerns("p2", Optional.of("net_bogus7"))).isTrue();
        assertThat(signal.concerns("p2", Optional.of("net_null0"))).isFalse();
    }

    @Test
    void queueSetupDeviceInUseMissingDevargsAndDisabledDpdkAreToldApart() {
        assertThat(LogSignals.parseLine("netdev_dpdk|ERR|Interface p0(rxq:1 txq:2 lsc interrupt mode:false) configure"
                + " error: Cannot allocate memory")).map(PortSignal::kind).contains(FailureKind.DEVICE_SETUP);
        assertThat(LogSignals.parseLine("'p3' is trying to use device 'net_null0' which is already in use by 'p0'"))
                .map(PortSignal::kind).contains(FailureKind.DEVICE_IN_USE);
        assertThat(LogSignals.parseLine("'p4' is missing 'options:dpdk-devargs'. The old 'dpdk<port_id>' names are"
                + " not supported")).map(PortSignal::kind).contains(FailureKind.DEVARGS_MISSING);
        assertThat(LogSignals.parseLine("netdev|WARN|could not create netdev p5 of unknown type dpdk"))
                .map(PortSignal::kind).contains(FailureKind.DPDK_NOT_INITIALIZED);
        assertThat(LogSignals.parseLine("netdev_dpdk|WARN|p6: unsupported MTU 9800"))
                .map(PortSignal::kind).contains(FailureKind.MTU_UNSUPPORTED);
    }
}
