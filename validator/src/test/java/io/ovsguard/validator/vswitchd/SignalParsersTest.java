package io.ovsguard.validator.vswitchd;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The unixctl answers of OVS 3.1 + DPDK 22.11, as a sandboxed ovs-vswitchd-dpdk printed them. */
class SignalParsersTest {

    @Test
    void mallocStatsKeepOnlyHeapsThatHaveMemory() {
        String text = "Heap id:0\n\tHeap name:socket_0\n\tHeap_size:67108864,\n\tFree_size:16024448,\n"
                + "\tAlloc_size:51084416,\n\tGreatest_free_size:16024448,\n\tAlloc_count:74,\n\tFree_count:1,\n"
                + "Heap id:1\n\tHeap name:\n\tHeap_size:0,\n\tFree_size:0,\n\tAlloc_size:0,\n";

        assertThat(HeapStats.parse(text)).containsExactly(
                new HeapStats("socket_0", 67108864, 16024448, 51084416, 16024448));
        assertThat(HeapStats.parse(text).get(0).socket()).isZero();
    }

    @Test
    void mempoolDumpGivesSizeAndObjectSize() {
        String text = "mempool <ovs6ffa666e00021580016384>@0x1184091dc0\n  flags=10\n  socket_id=0\n  size=16384\n"
                + "  populated_size=16384\n  header_size=64\n  elt_size=2880\n  trailer_size=64\n"
                + "  total_obj_size=3008\n";

        assertThat(MempoolInfo.parse(text)).contains(new MempoolInfo("ovs6ffa666e00021580016384", 0, 16384, 3008));
        assertThat(MempoolInfo.parse("no such port")).isEmpty();
    }

    @Test
    void datapathPortsAreTheNamesDpctlShowLists() {
        String text = "netdev@ovs-netdev:\n  lookups: hit:0 missed:0 lost:0\n  flows: 0\n"
                + "  port 0: ovs-netdev (tap)\n  port 1: br0 (tap)\n  port 2: p0 (dpdk: configured_rx_queues=1)\n";

        assertThat(VswitchdProbe.ports(text)).containsExactlyInAnyOrder("ovs-netdev", "br0", "p0");
    }
}
