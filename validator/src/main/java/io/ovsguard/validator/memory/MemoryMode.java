package io.ovsguard.validator.memory;

/** How DPDK's EAL gets hugepage memory (memory-model §6). */
public enum MemoryMode {
    /** All memory reserved at start ({@code --socket-mem}, DPDK <= 17.11 or {@code --legacy-mem}); never grows. */
    LEGACY,
    /** DPDK >= 18.05: the heap grows page by page from the node's free hugepages, up to {@code --socket-limit}. */
    DYNAMIC,
    /** {@code --no-huge}: ordinary memory, all of it on socket 0. */
    NO_HUGE
}
