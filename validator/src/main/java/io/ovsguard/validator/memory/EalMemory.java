package io.ovsguard.validator.memory;

import io.ovsguard.validator.switchconf.DpdkSocketMem;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The memory options EAL will actually run with, after OVS's defaults, the database keys and dpdk-extra
 * (which wins) are combined (memory-model §0 and §6).
 *
 * @param mainSocket the socket of the main lcore, where DPDK's own idle allocations live
 * @param notes      human-readable remarks about ignored or conflicting options
 */
public record EalMemory(MemoryMode mode, Optional<DpdkSocketMem> socketMem, Optional<DpdkSocketMem> socketLimit,
                        OptionalLong allocMemMib, int channels, int ranks, int mainSocket, List<String> notes) {

    public EalMemory {
        notes = List.copyOf(notes);
    }

    public long limitBytes(int socket) {
        return socketLimit.map(l -> l.bytes(socket)).orElse(0L);
    }
}
