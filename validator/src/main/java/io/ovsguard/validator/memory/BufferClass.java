package io.ovsguard.validator.memory;

/**
 * What one mbuf costs for an MTU: the pool key ({@code adjMtu}, the "MTU" field of a pool name), the element size
 * E OVS asks for and the object size T DPDK reserves (memory-model §2).
 */
public record BufferClass(int adjMtu, int elementBytes, int objectBytes) {

    /** RTE_PKTMBUF_HEADROOM (§2). */
    private static final int HEADROOM = 128;
    /** ETHER_HDR_MAX_LEN: 14 header + 4 CRC + 2 VLAN tags (§2). */
    private static final int ETHER_HDR_MAX = 26;
    /** Ethernet header + CRC (§2). */
    private static final int ETHER_HDR_CRC = 18;
    /** rte_mempool_objhdr rounded to a cache line (§2 step 1). */
    private static final int OBJECT_HEADER = 64;

    /** The buffer class of {@code mtu} for a profile; channels and ranks come from EAL -n and -r. */
    public static BufferClass of(MemoryProfile profile, int mtu, int channels, int ranks) {
        int s = profile.dpPacketBytes();
        int adjMtu;
        int element;
        switch (profile.era()) {
            case V2_5 -> {
                adjMtu = mtu;
                element = Math.max(mtu + ETHER_HDR_CRC + s + HEADROOM, 2048 + 128 + HEADROOM);
            }
            case V2_6 -> {
                int b = roundUp(mtu + ETHER_HDR_MAX + HEADROOM, 1024);
                adjMtu = b - ETHER_HDR_CRC;
                element = b + 8 + s + HEADROOM;
            }
            case V2_8 -> {
                int b = roundUp(mtu + ETHER_HDR_MAX + HEADROOM, 1024);
                adjMtu = b - ETHER_HDR_CRC;
                element = roundUp(b + 8 + s + HEADROOM, 64);
            }
            default -> {
                int dataRoom = roundUp(mtu + ETHER_HDR_MAX, 1024) + HEADROOM;
                adjMtu = dataRoom - ETHER_HDR_CRC;
                element = roundUp(s + dataRoom, 64);
            }
        }
        return new BufferClass(adjMtu, element, objectSize(element, channels, ranks));
    }

    /**
     * rte_mempool_calc_obj_size on x86 (same algorithm in DPDK 2.2, 16.07, 22.11, 25.11; memory-model §2):
     * header + element padded to cache lines, then lines added until they do not share a factor with
     * channels x ranks, so objects spread over memory channels.
     */
    static int objectSize(int element, int channels, int ranks) {
        int lines = (OBJECT_HEADER + roundUp(element, 8) + 63) / 64;
        int spread = Math.max(1, channels * ranks);
        while (gcd(lines, spread) != 1) {
            lines++;
        }
        return lines * 64;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    static int roundUp(int value, int unit) {
        return (value + unit - 1) / unit * unit;
    }
}
