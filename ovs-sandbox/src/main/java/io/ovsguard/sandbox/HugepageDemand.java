package io.ovsguard.sandbox;

/**
 * What a DPDK sandbox asks of the host's 2 MB hugepage pool while it lives. See {@link Hugepages} for how the
 * demands of several sandboxes (in several JVMs) are combined.
 */
public sealed interface HugepageDemand {

    /** Raise the pool by {@code pages} on start and lower it by the same amount on close. Shared with others. */
    record Additional(int pages) implements HugepageDemand {
        public Additional {
            if (pages < 1) {
                throw new IllegalArgumentException("additional hugepages must be at least 1, got " + pages);
            }
        }
    }

    /**
     * Make the free 2 MB page count exactly {@code pages} whenever this sandbox's ovs-vswitchd starts, and keep every
     * other DPDK sandbox out for this sandbox's whole life. For tests of dynamic memory, where the free count is the
     * variable under test.
     */
    record ExactlyFree(int pages) implements HugepageDemand {
        public ExactlyFree {
            if (pages < 0) {
                throw new IllegalArgumentException("free hugepages cannot be negative, got " + pages);
            }
        }
    }

    /** Touch nothing: the caller manages the pool (e.g. pages were reserved at boot). */
    record Unmanaged() implements HugepageDemand {
    }
}
