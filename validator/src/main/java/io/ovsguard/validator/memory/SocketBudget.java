package io.ovsguard.validator.memory;

/**
 * How much heap DPDK can ever have on one socket, and what bounds it.
 *
 * @param capacityBytes  the most the socket's heap can hold (already net of any legacy reserve)
 * @param preallocBytes  memory reserved at EAL start; growth beyond it is page by page (dynamic mode)
 * @param pageBytes      the page size pool objects are packed into on this node
 * @param initShortBytes when planning a start: how much the node's free hugepages lack for the reservation
 */
public record SocketBudget(int socket, long capacityBytes, long preallocBytes, long pageBytes, Limit limit,
                           MemoryMode mode, long initShortBytes) {

    /** What bounds the capacity, which decides the finding and the fix. */
    public enum Limit {
        /** {@code --socket-limit} (explicit, or OVS 2.11-2.16's implicit one). */
        SOCKET_LIMIT,
        /** Legacy memory: exactly what {@code --socket-mem} reserved at start. */
        PREALLOCATED,
        /** Dynamic memory without a limit: the node's free hugepages. */
        FREE_HUGEPAGES,
        /** {@code --no-huge}: ordinary memory on socket 0. */
        NO_HUGE
    }

    public boolean grows() {
        return mode == MemoryMode.DYNAMIC && capacityBytes > preallocBytes;
    }
}
