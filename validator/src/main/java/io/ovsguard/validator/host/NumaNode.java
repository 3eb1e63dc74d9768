package io.ovsguard.validator.host;

import java.util.List;
import java.util.Optional;

/** One online NUMA node: its CPUs and its hugepage pools (one entry per page size). */
public record NumaNode(int id, CpuList cpus, List<HugepagePool> hugepages, String sysfsPath) {

    public NumaNode {
        if (id < 0) {
            throw new IllegalArgumentException("NUMA node id must not be negative: " + id);
        }
        hugepages = hugepages.stream().sorted((a, b) -> Long.compare(a.pageSizeKiB(), b.pageSizeKiB())).toList();
    }

    public boolean hasCpus() {
        return !cpus.isEmpty();
    }

    public Optional<HugepagePool> pool(long pageSizeKiB) {
        return hugepages.stream().filter(p -> p.pageSizeKiB() == pageSizeKiB).findFirst();
    }

    /** Free hugepage memory of every size on this node. */
    public long freeHugepageBytes() {
        return hugepages.stream().mapToLong(HugepagePool::freeBytes).sum();
    }

    public long totalHugepageBytes() {
        return hugepages.stream().mapToLong(HugepagePool::totalBytes).sum();
    }

    /** The smallest page size that has pages on this node; DPDK packs pool objects into pages of that size. */
    public long smallestPageBytes() {
        return hugepages.stream().filter(p -> p.total() > 0).mapToLong(HugepagePool::pageBytes).min()
                .orElse(HugepagePool.SIZE_2M_KIB * 1024);
    }
}
