package io.ovsguard.validator.memory;

import io.ovsguard.validator.host.HostTopology;
import io.ovsguard.validator.host.NumaNode;
import io.ovsguard.validator.switchconf.ConfigSyntaxException;
import io.ovsguard.validator.switchconf.CpuMask;
import io.ovsguard.validator.switchconf.DpdkExtra;
import io.ovsguard.validator.switchconf.DpdkSocketMem;
import io.ovsguard.validator.switchconf.SwitchConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * Combines OVS's per-version defaults, the database keys and dpdk-extra into the EAL memory options
 * (memory-model §0 and §6). Malformed values are handed to {@code problems} and then treated as unset.
 */
public final class EalMemoryResolver {

    /** The default socket-mem of OVS 2.6-2.16 (memory-model §0). */
    private static final long DEFAULT_SOCKET_MEM_MIB = 1024;
    /** EAL's memory with --no-huge when -m is not given (MEMSIZE_IF_NO_HUGE_PAGE). */
    private static final long NO_HUGE_DEFAULT_MIB = 64;

    private EalMemoryResolver() {
    }

    public static EalMemory resolve(SwitchConfig config, MemoryProfile profile, HostTopology host,
                                    Consumer<ConfigSyntaxException> problems) {
        List<String> notes = new ArrayList<>();
        DpdkExtra extra = parse(problems, DpdkExtra::none,
                () -> config.other(SwitchConfig.DPDK_EXTRA).map(DpdkExtra::parse).orElse(DpdkExtra.none()));
        Optional<DpdkSocketMem> dbSocketMem = parse(problems, Optional::empty, () -> config.other(SwitchConfig.SOCKET_MEM)
                .map(t -> DpdkSocketMem.parse("other_config:" + SwitchConfig.SOCKET_MEM, t)));
        Optional<DpdkSocketMem> dbLimit = parse(problems, Optional::empty, () -> config.other(SwitchConfig.SOCKET_LIMIT)
                .map(t -> DpdkSocketMem.parse("other_config:" + SwitchConfig.SOCKET_LIMIT, t)));
        OptionalLong dbAlloc = parse(problems, OptionalLong::empty, () -> config.other(SwitchConfig.ALLOC_MEM)
                .map(t -> OptionalLong.of(DpdkSocketMem.parse("other_config:" + SwitchConfig.ALLOC_MEM, t).mib(0)))
                .orElse(OptionalLong.empty()));

        if (dbSocketMem.isPresent() && dbAlloc.isPresent()) {
            notes.add("both dpdk-socket-mem and dpdk-alloc-mem are set: OVS logs \"Multiple defined options for "
                    + "memory type\" and uses dpdk-socket-mem");
            dbAlloc = OptionalLong.empty();
        }
        if (dbLimit.isPresent() && !profile.readsSocketLimit()) {
            notes.add("dpdk-socket-limit is ignored before OVS 2.11");
            dbLimit = Optional.empty();
        }
        Optional<DpdkSocketMem> socketMem = override(extra.socketMem(), dbSocketMem, "dpdk-socket-mem", notes);
        Optional<DpdkSocketMem> limit = override(extra.socketLimit(), dbLimit, "dpdk-socket-limit", notes);
        OptionalLong alloc = extra.allocMemMib().isPresent() ? extra.allocMemMib() : dbAlloc;
        if (extra.allocMemMib().isPresent() && dbAlloc.isPresent()) {
            notes.add("dpdk-extra -m overrides dpdk-alloc-mem");
        }

        MemoryMode mode = extra.noHuge() ? MemoryMode.NO_HUGE
                : profile.legacyOnly() || extra.legacyMem() ? MemoryMode.LEGACY : MemoryMode.DYNAMIC;
        if (socketMem.isEmpty() && alloc.isEmpty()) {
            socketMem = defaultSocketMem(profile, host);
        }
        boolean implicitLimit = profile.ovs().atLeast(2, 11) && profile.ovs().below(2, 17);
        if (implicitLimit && limit.isEmpty() && socketMem.isPresent() && !extra.legacyMem()) {
            limit = socketMem;   // OVS 2.11-2.16 pass --socket-limit equal to the socket-mem string (§0)
        }
        int main = mainSocket(config, host, problems);
        return new EalMemory(mode, socketMem, limit, alloc, extra.channels().orElse(4), extra.ranks().orElse(1),
                main, notes);
    }

    /** Socket memory when nothing is configured, per OVS version (memory-model §0). */
    static Optional<DpdkSocketMem> defaultSocketMem(MemoryProfile profile, HostTopology host) {
        int sockets = host.nodes().stream().mapToInt(NumaNode::id).max().orElse(0) + 1;
        if (profile.ovs().below(2, 6) || profile.ovs().atLeast(2, 17)) {
            return Optional.empty();
        }
        if (profile.ovs().below(2, 10)) {
            return Optional.of(DpdkSocketMem.of(DEFAULT_SOCKET_MEM_MIB, 0));
        }
        if (profile.ovs().below(2, 16)) {
            return Optional.of(DpdkSocketMem.uniform(sockets, DEFAULT_SOCKET_MEM_MIB));
        }
        DpdkSocketMem withCores = DpdkSocketMem.uniform(sockets, 0);
        for (NumaNode node : host.nodes()) {
            if (node.hasCpus()) {
                withCores = withCores.with(node.id(), DEFAULT_SOCKET_MEM_MIB);
            }
        }
        return Optional.of(withCores);
    }

    /** The socket of the first lcore: dpdk-lcore-mask's lowest CPU, else the lowest online CPU (OVS -l). */
    private static int mainSocket(SwitchConfig config, HostTopology host, Consumer<ConfigSyntaxException> problems) {
        List<Integer> cpus = host.cpus();
        int first = cpus.isEmpty() ? 0 : cpus.get(0);
        Optional<String> mask = config.other(SwitchConfig.LCORE_MASK);
        if (mask.isPresent()) {
            try {
                first = CpuMask.parse("other_config:" + SwitchConfig.LCORE_MASK, mask.get()).ids().get(0);
            } catch (ConfigSyntaxException e) {
                problems.accept(e);
            }
        }
        return host.nodeOfCpu(first).map(NumaNode::id).orElse(0);
    }

    static long noHugeBytes(EalMemory eal) {
        long mib = eal.allocMemMib().orElse(eal.socketMem()
                .map(s -> s.mibPerSocket().stream().mapToLong(Long::longValue).sum()).orElse(NO_HUGE_DEFAULT_MIB));
        return mib << 20;
    }

    private static <T> Optional<T> override(Optional<T> fromExtra, Optional<T> fromDb, String key, List<String> notes) {
        if (fromExtra.isPresent() && fromDb.isPresent()) {
            notes.add("dpdk-extra sets the same option as " + key + ": OVS warns \"Ignoring database defined "
                    + "option\" and uses dpdk-extra");
        }
        return fromExtra.isPresent() ? fromExtra : fromDb;
    }

    private static <T> T parse(Consumer<ConfigSyntaxException> problems, java.util.function.Supplier<T> fallback,
                               java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (ConfigSyntaxException e) {
            problems.accept(e);
            return fallback.get();
        }
    }
}
