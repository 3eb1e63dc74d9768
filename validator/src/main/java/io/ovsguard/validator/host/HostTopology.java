package io.ovsguard.validator.host;

import java.util.List;
import java.util.Optional;

/** Read-only facts about the host. An interface so that rules and the memory model never touch files. */
public interface HostTopology {

    /** Online NUMA nodes, ascending by id. A host without NUMA information has one node 0. */
    List<NumaNode> nodes();

    /** PCI functions, ascending by address. */
    List<PciDevice> pciDevices();

    /** Where the facts came from, e.g. the sysfs root, for evidence lines. */
    String source();

    default Optional<NumaNode> node(int id) {
        return nodes().stream().filter(n -> n.id() == id).findFirst();
    }

    default Optional<PciDevice> pciDevice(PciAddress address) {
        return pciDevices().stream().filter(d -> d.address().equals(address)).findFirst();
    }

    /** The node whose CPU list contains {@code cpu}. */
    default Optional<NumaNode> nodeOfCpu(int cpu) {
        return nodes().stream().filter(n -> n.cpus().contains(cpu)).findFirst();
    }

    /** Every online CPU id. */
    default List<Integer> cpus() {
        return nodes().stream().flatMap(n -> n.cpus().ids().stream()).sorted().toList();
    }
}
