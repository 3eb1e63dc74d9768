package io.ovsguard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OvsVersionLineTest {

    @Test
    void readsTheVersionFromTheFirstLineOfAProgramsVersionOutput() {
        assertThat(OvsVersionLine.parse("ovs-vswitchd-dpdk (Open vSwitch) 3.1.0\nDPDK 22.11.11\n")).contains("3.1.0");
    }

    @Test
    void findsNothingInOutputWithoutAnOpenVswitchVersion() {
        assertThat(OvsVersionLine.parse("DPDK 22.11.11\n")).isEmpty();
        assertThat(OvsVersionLine.parse("ovs-vswitchd (Open vSwitch) unknown")).isEmpty();
    }
}
