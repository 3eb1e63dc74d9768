package io.ovsguard.cli.vswitch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BridgeTopologyTest {

    @Test
    void filesPortsAndInterfacesUnderTheirBridgeAndHidesTheLocalPort() {
        BridgeTopology topology = BridgeTopology.of(new FixedRows().bridge("br0").port("br0", "p1", null)
                .bond("br0", "bond0", "a", "b"));

        assertThat(topology.bridges()).extracting(BridgeEntry::name).containsExactly("br0");
        assertThat(topology.portsOf("br0")).extracting(PortEntry::name)
                .containsExactlyInAnyOrder("br0", "p1", "bond0");
        assertThat(topology.interfacesOf("bond0")).extracting(InterfaceEntry::name)
                .containsExactlyInAnyOrder("a", "b");
        assertThat(topology.port("br0")).isEmpty();
        assertThat(topology.anyPort("br0")).isPresent();
        assertThat(topology.port("p1")).map(PortEntry::bridge).contains("br0");
        assertThat(topology.iface("b")).map(topology::bridgeOfInterface).contains("br0");
        assertThat(topology.iface("br0")).isEmpty();
    }

    @Test
    void aFakeBridgeOwnsThePortsTaggedWithItsVlan() {
        BridgeTopology topology = BridgeTopology.of(new FixedRows().bridge("br0").fakeBridge("br0", "vlan10", 10)
                .port("br0", "tagged", 10).port("br0", "other", 20).port("br0", "plain", null));

        BridgeEntry fake = topology.bridge("vlan10").orElseThrow();
        assertThat(fake.isFake()).isTrue();
        assertThat(fake.parent()).contains("br0");
        assertThat(fake.vlan()).isEqualTo(10);
        assertThat(topology.realBridgeOf(fake).name()).isEqualTo("br0");
        assertThat(topology.child("br0", 10)).contains(fake);
        assertThat(topology.children("br0")).containsExactly(fake);
        assertThat(topology.portsOf("vlan10")).extracting(PortEntry::name)
                .containsExactlyInAnyOrder("vlan10", "tagged");
        assertThat(topology.portsOf("br0")).extracting(PortEntry::name)
                .containsExactlyInAnyOrder("br0", "other", "plain");
        assertThat(topology.port("vlan10")).isEmpty();
    }

    @Test
    void aFakeBridgePortWithAnInvalidTagIsAnOrdinaryPort() {
        BridgeTopology topology = BridgeTopology.of(new FixedRows().bridge("br0").fakeBridge("br0", "odd", 5000));

        assertThat(topology.bridge("odd")).isEmpty();
        assertThat(topology.port("odd")).map(PortEntry::bridge).contains("br0");
    }

    @Test
    void onlyTheFirstFakeBridgeOfAVlanIsItsParentsChild() {
        BridgeTopology topology = BridgeTopology.of(new FixedRows().bridge("br0").fakeBridge("br0", "a", 7)
                .fakeBridge("br0", "b", 7));

        assertThat(topology.bridges()).extracting(BridgeEntry::name).contains("a", "b");
        assertThat(topology.children("br0")).hasSize(1);
    }

    @Test
    void aDuplicateBridgeNameKeepsTheFirstBridge() {
        BridgeTopology topology = BridgeTopology.of(new FixedRows().bridge("br0").bridge("br0"));

        assertThat(topology.bridges()).hasSize(1);
    }

    @Test
    void explainsWhichObjectAlreadyHasAName() {
        BridgeTopology topology = BridgeTopology.of(new FixedRows().bridge("br0").bridge("br1")
                .port("br1", "p1", null).bond("br1", "bond0", "eth0", "eth1"));

        assertThat(topology.conflict("br0")).contains("because a bridge named br0 already exists");
        assertThat(topology.conflict("p1")).contains("because a port named p1 already exists on bridge br1");
        assertThat(topology.conflict("eth1"))
                .contains("because an interface named eth1 already exists on bridge br1");
        assertThat(topology.conflict("free")).isEmpty();
    }

    @Test
    void anEmptySwitchHasNoBridges() {
        BridgeTopology topology = BridgeTopology.of(new FixedRows());

        assertThat(topology.bridges()).isEmpty();
        assertThat(topology.bridge("br0")).isEmpty();
        assertThat(topology.portsOf("br0")).isEmpty();
    }
}
