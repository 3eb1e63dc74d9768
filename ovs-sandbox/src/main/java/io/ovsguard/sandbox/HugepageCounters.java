package io.ovsguard.sandbox;

/** The host's 2 MB hugepage pool as the kernel counts it. An interface so the reservation logic is testable. */
public interface HugepageCounters {

    /** Whether the kernel offers 2 MB pages at all. */
    boolean supported();

    /** {@code nr_hugepages} for 2 MB pages: pages in the pool, used or free. */
    int total();

    /** Free 2 MB pages in the pool. */
    int free();

    /** Asks the kernel for a pool of {@code pages}; it may grant fewer, so read {@link #total()} back. */
    void requestTotal(int pages);

    /** MemAvailable in kB: an upper bound for how much the pool can grow. */
    long availableMemoryKb();
}
