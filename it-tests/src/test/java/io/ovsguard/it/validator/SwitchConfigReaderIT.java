package io.ovsguard.it.validator;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.it.support.Clients;
import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.sandbox.OvsSandbox;
import io.ovsguard.sandbox.junit.OvsSandboxExtension;
import io.ovsguard.sandbox.junit.RequiresOvs;
import io.ovsguard.validator.host.SysfsTopology;
import io.ovsguard.validator.report.Finding;
import io.ovsguard.validator.report.Report;
import io.ovsguard.validator.rule.RuleIds;
import io.ovsguard.validator.rule.Validator;
import io.ovsguard.validator.source.SwitchConfigReader;
import io.ovsguard.validator.switchconf.ExistingInterface;
import io.ovsguard.validator.switchconf.SwitchConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link SwitchConfigReader} against a real ovsdb-server holding the OVS 3.1 schema (no ovs-vswitchd: the rows are
 * written with {@code ovs-vsctl --no-wait}, so they read exactly as written).
 */
@RequiresOvs
@ExtendWith(OvsSandboxExtension.class)
class SwitchConfigReaderIT {

    @Test
    void readsOtherConfigVersionsAndEveryInterface(OvsSandbox sandbox) {
        sandbox.vsctl("--no-wait", "set", "Open_vSwitch", ".", "other_config:dpdk-init=true",
                "other_config:dpdk-socket-mem=64", "ovs_version=3.1.0", "dpdk_version=\"DPDK 22.11.11\"",
                "dpdk_initialized=true").orThrow();
        sandbox.vsctl("--no-wait", "add-br", "br0", "--", "set", "bridge", "br0", "datapath_type=netdev",
                "--", "add-port", "br0", "p0", "--", "set", "Interface", "p0", "type=dpdk",
                "options:dpdk-devargs=net_null0", "options:n_rxq=2", "mtu_request=9000").orThrow();

        SwitchConfig config;
        try (BlockingOvsdbClient client = Clients.unix(sandbox)) {
            config = new SwitchConfigReader(client).read();
        }

        assertThat(config.otherConfig()).containsEntry("dpdk-init", "true").containsEntry("dpdk-socket-mem", "64");
        assertThat(config.ovsVersion()).contains("3.1.0");
        assertThat(config.dpdkVersion()).contains("DPDK 22.11.11");
        assertThat(config.dpdkInitialized()).contains(true);
        assertThat(config.interfaces()).extracting(ExistingInterface::name).containsExactlyInAnyOrder("br0", "p0");
        ExistingInterface p0 = config.interfaceNamed("p0").orElseThrow();
        assertThat(p0.type()).isEqualTo("dpdk");
        assertThat(p0.options()).containsEntry("dpdk-devargs", "net_null0").containsEntry("n_rxq", "2");
        assertThat(p0.mtuRequest()).hasValue(9000);
        assertThat(p0.mtu()).isEmpty();   // nobody applied it: no ovs-vswitchd
        assertThat(p0.error()).isEmpty();
    }

    @Test
    void malformedValuesInTheDatabaseBecomeFindingsQuotingTheText(OvsSandbox sandbox) {
        sandbox.vsctl("--no-wait", "set", "Open_vSwitch", ".", "other_config:dpdk-init=true",
                "other_config:dpdk-socket-mem=\"256,,x\"", "ovs_version=3.1.0").orThrow();
        sandbox.vsctl("--no-wait", "add-br", "br0", "--", "add-port", "br0", "p0", "--", "set", "Interface", "p0",
                "type=dpdk", "options:dpdk-devargs=net_null0", "options:n_rxq=four").orThrow();

        Report report;
        try (BlockingOvsdbClient client = Clients.unix(sandbox)) {
            report = new Validator().audit(new SwitchConfigReader(client).read(), SysfsTopology.readDefault());
        }

        assertThat(report.withId(RuleIds.CONFIG_MALFORMED)).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("256,,x"));
        // netdev-dpdk reads a queue count that is not a number as 1: a warning quoting it, not a malformed value
        assertThat(report.withId(RuleIds.CONFIG_IGNORED)).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("four", "OVS uses 1"));
    }
}
