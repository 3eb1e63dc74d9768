package io.ovsguard.validator.memory;

/** Bytes one mempool takes from its socket's heap: objects + ring + header (memory-model §3). */
public final class PoolFootprint {

    private PoolFootprint() {
    }

    /**
     * @param pageBytes the page size the objects are packed into (only used when the DPDK keeps objects
     *                  inside pages, 19.11+)
     */
    public static long bytes(MemoryProfile profile, int mbufs, int objectBytes, long pageBytes) {
        return objectBytes(profile, mbufs, objectBytes, pageBytes) + ringBytes(profile, mbufs) + headerBytes(profile);
    }

    /**
     * DPDK >= 19.11 (rte_mempool_op_calc_mem_size_helper): whole pages for all but the last page's objects,
     * plus one object of slack for an unaligned start. Older releases: n x T.
     */
    static long objectBytes(MemoryProfile profile, int mbufs, int objectBytes, long pageBytes) {
        long t = objectBytes;
        if (!profile.pageAwareObjects() || pageBytes < t) {
            return mbufs * t;
        }
        long perPage = pageBytes / t;
        long inLastPage = (mbufs - 1) % perPage + 1;
        long fullPages = (mbufs - inLastPage) / perPage;
        return fullPages * pageBytes + inLastPage * t + t - 1;
    }

    /** The pool's ring: 2^ceil(log2(n+1)) pointers plus the ring header, cache-line rounded. */
    static long ringBytes(MemoryProfile profile, int mbufs) {
        long slots = Long.highestOneBit(mbufs) << 1;   // smallest power of two > n
        return roundUp64(profile.ringHeaderBytes() + 8 * slots);
    }

    /** struct rte_mempool + RTE_MAX_LCORE per-lcore caches + mbuf pool private area. */
    static long headerBytes(MemoryProfile profile) {
        return roundUp64(192 + (long) MemoryProfile.RTE_MAX_LCORE * profile.cacheSlotBytes() + 64);
    }

    private static long roundUp64(long v) {
        return (v + 63) / 64 * 64;
    }
}
