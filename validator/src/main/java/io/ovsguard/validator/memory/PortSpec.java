package io.ovsguard.validator.memory;

/**
 * A DPDK port as the memory model sees it.
 *
 * @param socket   the socket its pool goes on (an unknown NUMA node is already mapped to 0, as OVS does)
 * @param physical a PCI device (its queues need more memory than a vdev's)
 */
public record PortSpec(String name, int socket, int mtu, int nRxq, int rxqDesc, int txqDesc, boolean physical) {

    public PortSpec withMtu(int newMtu) {
        return new PortSpec(name, socket, newMtu, nRxq, rxqDesc, txqDesc, physical);
    }

    public PortSpec withQueues(int rxq, int rxDesc, int txDesc) {
        return new PortSpec(name, socket, mtu, rxq, rxDesc, txDesc, physical);
    }

    /** RX + TX descriptors the port fills from its pool. */
    public long descriptors(int nTxq) {
        return (long) nRxq * rxqDesc + (long) nTxq * txqDesc;
    }
}
