package io.ovsguard.validator.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.validator.switchconf.ConfigChange;
import io.ovsguard.validator.switchconf.ConfigSyntaxException;
import io.ovsguard.validator.switchconf.ProposedChange;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VsctlChangeTest {

    @Test
    void addPortWithItsSetInterfaceIsOneAdd() {
        ProposedChange change = VsctlChange.parse("add-port", "br0", "p0", "--", "set", "Interface", "p0",
                "type=dpdk", "options:dpdk-devargs=net_null0", "options:n_rxq=4", "mtu_request=9000");

        assertThat(change.changes()).containsExactly(new ConfigChange.AddPort("br0", "p0", "dpdk",
                Map.of("dpdk-devargs", "net_null0", "n_rxq", "4"), OptionalLong.of(9000)));
    }

    @Test
    void setInterfaceOnAnExistingPortIsAReconfiguration() {
        ProposedChange change = VsctlChange.parse("set", "Interface", "p0", "mtu_request=1500",
                "options:n_rxq_desc=4096");

        assertThat(change.changes()).containsExactly(new ConfigChange.SetInterface("p0", OptionalLong.of(1500),
                Map.of("n_rxq_desc", "4096")));
    }

    @Test
    void severalCommandsKeepTheirOrder() {
        ProposedChange change = VsctlChange.parse("add-port", "br0", "p0", "--", "set", "Interface", "p0",
                "type=dpdk", "--", "add-port", "br0", "p1", "--", "set", "Interface", "p1", "type=dpdk");

        assertThat(change.changes()).extracting(c -> ((ConfigChange.AddPort) c).name()).containsExactly("p0", "p1");
    }

    @Test
    void otherConfigSetAndRemoveBecomeOneChangeEach() {
        ProposedChange change = VsctlChange.parse("set", "Open_vSwitch", ".",
                "other_config:dpdk-socket-mem=\"1024,0\"", "other_config:per-port-memory=true", "--",
                "remove", "Open_vSwitch", ".", "other_config", "dpdk-socket-limit");

        assertThat(change.changes()).containsExactly(
                new ConfigChange.SetOtherConfig(Map.of("dpdk-socket-mem", "1024,0", "per-port-memory", "true"),
                        Set.of()),
                new ConfigChange.SetOtherConfig(Map.of(), Set.of("dpdk-socket-limit")));
    }

    @Test
    void optionValuesStayTextSoRulesCanReportThem() {
        ProposedChange change = VsctlChange.parse("set", "Interface", "p0", "options:n_rxq=four");

        assertThat(((ConfigChange.SetInterface) change.changes().get(0)).options()).containsEntry("n_rxq", "four");
    }

    @Test
    void nonNumericMtuRequestIsRejectedQuotingTheText() {
        assertThatThrownBy(() -> VsctlChange.parse("set", "Interface", "p0", "mtu_request=jumbo"))
                .isInstanceOf(ConfigSyntaxException.class)
                .hasMessage("Interface p0 mtu_request=\"jumbo\": expected an integer");
    }

    @Test
    void unmodelledCommandIsRejectedByName() {
        assertThatThrownBy(() -> VsctlChange.parse("del-port", "br0", "p0"))
                .isInstanceOf(ConfigSyntaxException.class)
                .hasMessageStartingWith("command=\"del-port br0 p0\": not a change the validator models");
    }

    @Test
    void addPortWithoutPortNameIsRejected() {
        assertThatThrownBy(() -> VsctlChange.parse("add-port", "br0"))
                .isInstanceOf(ConfigSyntaxException.class)
                .hasMessageContaining("expected: add-port BRIDGE PORT");
    }

    @Test
    void emptyCommandLineIsRejected() {
        assertThatThrownBy(() -> VsctlChange.parse("--"))
                .isInstanceOf(ConfigSyntaxException.class)
                .hasMessageContaining("no command given");
    }
}
