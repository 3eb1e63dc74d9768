package io.ovsguard.it.validator;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovsguard.validator.host.HostSnapshot;
import io.ovsguard.validator.host.NumaNode;
import io.ovsguard.validator.host.SysfsTopology;
import io.ovsguard.validator.report.Report;
import io.ovsguard.validator.report.Severity;
import io.ovsguard.validator.rule.Validator;
import io.ovsguard.validator.source.VsctlChange;
import io.ovsguard.validator.switchconf.SwitchConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import io.ovsguard.sandbox.junit.HostPrerequisite;
import org.junit.jupiter.api.BeforeEach;

/** The model on this machine's own /sys: the Debian 12 VM of the calibration (one NUMA node, 2 CPUs). */
class RealHostTopologyIT {

    @BeforeEach
    void requireSysfs() {
        HostPrerequisite.require(Files.isDirectory(Path.of("/sys/devices/system/cpu")), "needs sysfs at /sys");
    }

    @Test
    void readsOneNodeWithEveryOnlineCpu() throws Exception {
        HostSnapshot host = SysfsTopology.readDefault();

        assertThat(host.nodes()).hasSize(1);
        NumaNode node = host.nodes().get(0);
        assertThat(node.id()).isZero();
        assertThat(node.cpus().ids()).hasSize(Runtime.getRuntime().availableProcessors());
        assertThat(host.cpus()).containsExactlyElementsOf(node.cpus().ids());
    }

    @Test
    void auditOfAnEmptyDpdkSwitchFindsNoError() {
        SwitchConfig planned = SwitchConfig.of(Map.of("dpdk-init", "true", "pmd-cpu-mask", "0x2"), "3.1.0",
                "DPDK 22.11.11");

        Report report = new Validator().audit(planned, SysfsTopology.readDefault());

        assertThat(report.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void vdevPortLandsOnNodeZeroWithoutTopologyFindings() {
        // Whether the pool fits depends on the hugepages free right now; where it goes and what the host says
        // about the device do not.
        SwitchConfig planned = SwitchConfig.of(Map.of("dpdk-init", "true", "dpdk-socket-mem", "64",
                "dpdk-socket-limit", "64", "pmd-cpu-mask", "0x2"), "3.1.0", "DPDK 22.11.11");

        Report report = new Validator().validate(planned, SysfsTopology.readDefault(), VsctlChange.parse("add-port",
                "br0", "p0", "--", "set", "Interface", "p0", "type=dpdk", "options:dpdk-devargs=net_null0",
                "mtu_request=1500"));

        assertThat(report.steps()).singleElement().satisfies(s -> assertThat(s.socket()).isZero());
        assertThat(report.ids()).noneMatch(id -> id.startsWith("numa.") || id.startsWith("devargs.")
                || id.startsWith("config.") || id.startsWith("pmd."));
    }
}
