package io.ovsguard.validator.host;

import java.util.List;

/** An immutable {@link HostTopology}: what {@link SysfsTopology} read, or a host described by hand for planning. */
public record HostSnapshot(List<NumaNode> nodes, List<PciDevice> pciDevices, String source) implements HostTopology {

    public HostSnapshot {
        nodes = nodes.stream().sorted((a, b) -> Integer.compare(a.id(), b.id())).toList();
        pciDevices = pciDevices.stream().sorted((a, b) -> a.address().compareTo(b.address())).toList();
    }

    /** A copy of this host where node {@code nodeId} has {@code free} free pages of the given size. */
    public HostSnapshot withFreeHugepages(int nodeId, long pageSizeKiB, long free) {
        List<NumaNode> changed = nodes.stream().map(n -> n.id() != nodeId ? n : new NumaNode(n.id(), n.cpus(),
                n.hugepages().stream().map(p -> p.pageSizeKiB() == pageSizeKiB ? p.withFree(free) : p).toList(),
                n.sysfsPath())).toList();
        return new HostSnapshot(changed, pciDevices, source);
    }
}
