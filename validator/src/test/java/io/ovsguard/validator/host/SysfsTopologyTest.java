package io.ovsguard.validator.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovsguard.validator.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SysfsTopologyTest {

    @Test
    void readsFourNodeHostWithNicOnNode2BoundToVfio() {
        HostSnapshot host = Fixtures.host(Fixtures.FOUR_NODE);

        assertThat(host.nodes()).extracting(NumaNode::id).containsExactly(0, 1, 2, 3);
        assertThat(host.cpus()).hasSize(80);
        assertThat(host.node(2).orElseThrow().cpus().toString()).isEqualTo("20-29,60-69");
        assertThat(host.node(2).orElseThrow().pool(HugepagePool.SIZE_2M_KIB)).hasValue(
                new HugepagePool(2048, 1024, 896));
        assertThat(host.node(2).orElseThrow().pool(HugepagePool.SIZE_1G_KIB)).hasValue(
                new HugepagePool(1048576, 0, 0));
        PciDevice nic = host.pciDevice(PciAddress.parse("0000:8b:00.0")).orElseThrow();
        assertThat(nic.numaNode()).hasValue(2);
        assertThat(nic.vendorDevice()).isEqualTo("8086:10fb");
        assertThat(nic.driver()).hasValue("vfio-pci");
        assertThat(nic.boundToDpdkDriver()).isTrue();
        assertThat(host.pciDevices()).filteredOn(d -> d.device() == 0x1521)
                .hasSize(4).allSatisfy(d -> {
                    assertThat(d.numaNode()).hasValue(0);
                    assertThat(d.driver()).hasValue("igb");
                });
        assertThat(host.pciDevice(PciAddress.parse("00:00.0")).orElseThrow().driver()).isEmpty();
    }

    @Test
    void readsTwoSocketHostWithHugepagesOnlyOnNode0() {
        HostSnapshot host = Fixtures.host(Fixtures.TWO_SOCKET);
        assertThat(host.node(0).orElseThrow().freeHugepageBytes()).isEqualTo(1024L * 2 * 1024 * 1024);
        assertThat(host.node(1).orElseThrow().freeHugepageBytes()).isZero();
        assertThat(host.pciDevice(PciAddress.parse("af:00.0")).orElseThrow().numaNode()).hasValue(1);
    }

    @Test
    void numaNodeMinusOneIsUnknownNotZero() {
        HostSnapshot host = Fixtures.host(Fixtures.VM);
        PciDevice virtio = host.pciDevice(PciAddress.parse("0000:00:03.0")).orElseThrow();
        assertThat(virtio.numaNode()).isEmpty();
        assertThat(virtio.driver()).hasValue("vfio-pci");
        assertThat(host.nodes()).hasSize(1);
    }

    @Test
    void everyFixtureHasAReadmeNamingTheMachine() throws Exception {
        for (String model : new String[] {Fixtures.FOUR_NODE, Fixtures.TWO_SOCKET, Fixtures.VM}) {
            assertThat(Files.readString(Fixtures.sysfs(model).resolve("README"))).startsWith("Models ");
        }
    }

    @Test
    void readsThisMachinesRealSysWithoutError() {
        HostSnapshot host = SysfsTopology.readDefault();
        assertThat(host.nodes()).isNotEmpty();
        assertThat(host.cpus()).isNotEmpty();
    }

    @Test
    void malformedNumaNodeFileIsReportedWithItsPath(@TempDir Path root) throws Exception {
        Path node = root.resolve("devices/system/node/node0");
        Files.createDirectories(node);
        Files.writeString(root.resolve("devices/system/node/online"), "0\n");
        Files.writeString(node.resolve("cpulist"), "0-1\n");
        Path dev = root.resolve("bus/pci/devices/0000:00:01.0");
        Files.createDirectories(dev);
        Files.writeString(dev.resolve("numa_node"), "banana\n");
        Files.writeString(dev.resolve("vendor"), "0x8086\n");
        Files.writeString(dev.resolve("device"), "0x10fb\n");

        assertThatThrownBy(() -> SysfsTopology.read(root)).isInstanceOf(TopologyReadException.class)
                .hasMessageContaining("0000:00:01.0/numa_node").hasMessageContaining("\"banana\"");
    }

    @Test
    void nodeListedOnlineWithoutDirectoryIsAnError(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("devices/system/node"));
        Files.writeString(root.resolve("devices/system/node/online"), "0-1\n");
        assertThatThrownBy(() -> SysfsTopology.read(root)).isInstanceOf(TopologyReadException.class)
                .hasMessageContaining("node0");
    }
}
