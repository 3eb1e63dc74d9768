package io.ovsguard.validator.rule;

import io.ovsguard.validator.host.NumaNode;
import io.ovsguard.validator.memory.PmdCores;
import io.ovsguard.validator.memory.SocketBudget;
import io.ovsguard.validator.report.Finding;
import io.ovsguard.validator.report.Severity;
import io.ovsguard.validator.switchconf.CpuMask;
import io.ovsguard.validator.host.CpuList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Where the NIC sits: unknown node, a node without socket memory, a node without a PMD core. */
final class NumaRule implements Rule {

    @Override
    public List<Finding> evaluate(ValidationContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (PortResolution port : ctx.ports().values()) {
            if (!(port.proposed() || ctx.change().isEmpty()) || port.device().isEmpty()) {
                continue;
            }
            int socket = port.socket();
            if (port.numaUnknown()) {
                out.add(Finding.of(Severity.WARNING, RuleIds.NUMA_UNKNOWN_NODE, port.name(),
                        port.device().get().address() + " reports numa_node -1: OVS puts its mempool on socket 0",
                        port.evidence()));
            }
            SocketBudget budget = ctx.model().budget(socket);
            if (budget.capacityBytes() <= 0) {
                out.add(Finding.of(Severity.ERROR, RuleIds.NUMA_NO_SOCKET_MEMORY, port.name(),
                        "the NIC is on NUMA node " + socket + ", which has no DPDK socket memory ("
                                + reason(ctx, budget) + ")",
                        evidence(ctx, port, socket)));
            }
            PmdCores pmds = ctx.model().pmds();
            if (!port.numaUnknown() && !pmds.nodes().contains(socket)) {
                Finding f = Finding.of(Severity.WARNING, RuleIds.PMD_NO_CORE_ON_NUMA, port.name(),
                        "no PMD core on NUMA node " + socket + ": its queues are polled across NUMA nodes",
                        List.of("Open_vSwitch other_config:pmd-cpu-mask = \"" + pmds.maskText().orElse("(unset)")
                                + "\" -> CPUs " + new CpuList(pmds.cpus())));
                Optional<Integer> cpu = ctx.host().node(socket).filter(NumaNode::hasCpus).map(n -> n.cpus().ids().get(0));
                if (cpu.isPresent() && pmds.fromMask()) {
                    List<Integer> cpus = new ArrayList<>(pmds.cpus());
                    cpus.add(cpu.get());
                    f = f.withFix("set Open_vSwitch . other_config:pmd-cpu-mask=" + CpuMask.format(new CpuList(cpus)));
                }
                out.add(f);
            }
        }
        return out;
    }

    private static String reason(ValidationContext ctx, SocketBudget budget) {
        switch (budget.limit()) {
            case FREE_HUGEPAGES:
                return "no free hugepages on the node";
            case NO_HUGE:
                return "--no-huge keeps all memory on socket 0";
            default:
                return "dpdk-socket-mem gives it " + ctx.model().eal().socketMem().map(m -> m.mib(budget.socket()))
                        .orElse(0L) + " MB";
        }
    }

    static List<String> evidence(ValidationContext ctx, PortResolution port, int socket) {
        List<String> e = new ArrayList<>(port.evidence());
        ctx.model().eal().socketMem().ifPresent(m -> e.add("EAL --socket-mem = " + m));
        ctx.model().eal().socketLimit().ifPresent(m -> e.add("EAL --socket-limit = " + m));
        ctx.host().node(socket).ifPresent(n -> n.hugepages().forEach(p -> e.add(n.sysfsPath() + "/hugepages/hugepages-"
                + p.pageSizeKiB() + "kB: nr_hugepages = " + p.total() + ", free_hugepages = " + p.free())));
        return e;
    }
}
