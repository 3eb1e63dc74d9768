package io.ovsguard.validator.host;

/** The hugepages of one size on one NUMA node ({@code nodeN/hugepages/hugepages-<size>kB/}). */
public record HugepagePool(long pageSizeKiB, long total, long free) {

    public static final long SIZE_2M_KIB = 2048;
    public static final long SIZE_1G_KIB = 1048576;

    public HugepagePool {
        if (pageSizeKiB <= 0 || total < 0 || free < 0) {
            throw new IllegalArgumentException("bad hugepage pool: size " + pageSizeKiB + " kB, nr "
                    + total + ", free " + free);
        }
    }

    public long pageBytes() {
        return pageSizeKiB * 1024;
    }

    public long freeBytes() {
        return free * pageBytes();
    }

    public long totalBytes() {
        return total * pageBytes();
    }

    public HugepagePool withFree(long newFree) {
        return new HugepagePool(pageSizeKiB, total, newFree);
    }
}
