package io.ovsguard.validator.memory;

import io.ovsguard.validator.host.HostTopology;
import io.ovsguard.validator.host.NumaNode;
import java.util.HashMap;
import java.util.Map;

/** Computes each socket's {@link SocketBudget} from the EAL options and the node's hugepages (memory-model §6). */
public final class SocketBudgets {

    private SocketBudgets() {
    }

    /**
     * @param running     ovs-vswitchd has DPDK initialised: its heap pages are already gone from the free counts
     * @param heldByDpdk  for a running switch: the bytes of hugepages its heap holds now, per socket (estimated by
     *                    the caller from a replay of the existing ports)
     */
    public static Map<Integer, SocketBudget> compute(EalMemory eal, MemoryProfile profile, HostTopology host,
                                                     boolean running, Map<Integer, Long> heldByDpdk) {
        Map<Integer, SocketBudget> budgets = new HashMap<>();
        for (NumaNode node : host.nodes()) {
            budgets.put(node.id(), forNode(eal, profile, node, running, heldByDpdk.getOrDefault(node.id(), 0L)));
        }
        return budgets;
    }

    private static SocketBudget forNode(EalMemory eal, MemoryProfile profile, NumaNode node, boolean running,
                                        long held) {
        int s = node.id();
        long page = node.smallestPageBytes();
        long free = node.freeHugepageBytes();
        switch (eal.mode()) {
            case NO_HUGE -> {
                long cap = s == 0 ? EalMemoryResolver.noHugeBytes(eal) : 0;
                return new SocketBudget(s, cap, cap, 4096, SocketBudget.Limit.NO_HUGE, MemoryMode.NO_HUGE, 0);
            }
            case LEGACY -> {
                long prealloc = roundUp(legacyReservation(eal, node, running), page);
                long shortBy = running ? 0 : Math.max(0, prealloc - free);
                long cap = Math.max(0, prealloc - profile.legacyReserveBytes());
                return new SocketBudget(s, cap, prealloc, page, SocketBudget.Limit.PREALLOCATED, MemoryMode.LEGACY,
                        shortBy);
            }
            default -> {
                long prealloc = roundUp(eal.socketMem().map(m -> m.bytes(s)).orElse(0L)
                        + (s == eal.mainSocket() && eal.socketMem().isEmpty() ? eal.allocMemMib().orElse(0) << 20 : 0),
                        page);
                // Pages DPDK can ever hold on the node: what it holds now plus what is still free.
                long reachable = running ? Math.max(held, prealloc) + free : free;
                long shortBy = running ? 0 : Math.max(0, prealloc - free);
                long limit = eal.limitBytes(s);
                if (limit > 0 && limit <= reachable) {
                    long cap = Math.max(limit, prealloc);
                    return new SocketBudget(s, cap, prealloc, page, SocketBudget.Limit.SOCKET_LIMIT,
                            MemoryMode.DYNAMIC, shortBy);
                }
                return new SocketBudget(s, Math.max(reachable, shortBy > 0 ? 0 : prealloc), prealloc, page,
                        SocketBudget.Limit.FREE_HUGEPAGES, MemoryMode.DYNAMIC, shortBy);
            }
        }
    }

    /** Legacy EAL reserves --socket-mem, or -m on the main socket, or else every hugepage it can get. */
    private static long legacyReservation(EalMemory eal, NumaNode node, boolean running) {
        if (eal.socketMem().isPresent()) {
            return eal.socketMem().get().bytes(node.id());
        }
        if (eal.allocMemMib().isPresent()) {
            // -m is split by the lcores of the core mask per socket; OVS's default mask is the main lcore only.
            return node.id() == eal.mainSocket() ? eal.allocMemMib().getAsLong() << 20 : 0;
        }
        return running ? node.totalHugepageBytes() : node.freeHugepageBytes();
    }

    private static long roundUp(long bytes, long page) {
        return page <= 0 ? bytes : (bytes + page - 1) / page * page;
    }
}
