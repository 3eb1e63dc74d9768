package io.ovsguard.validator.rule;

import io.ovsguard.validator.host.HostSnapshot;
import io.ovsguard.validator.host.HostTopology;
import io.ovsguard.validator.host.HugepagePool;
import io.ovsguard.validator.host.NumaNode;
import io.ovsguard.validator.memory.SocketBudget;
import io.ovsguard.validator.memory.StepPrediction;
import io.ovsguard.validator.switchconf.ConfigChange;
import io.ovsguard.validator.switchconf.DpdkSocketMem;
import io.ovsguard.validator.switchconf.ProposedChange;
import io.ovsguard.validator.switchconf.SwitchConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Finds a fix for a failing step and proves it with the model: each candidate is simulated again (after the
 * restart it needs) and accepted only when the step then succeeds with a safety margin of max(8 MiB, 1 % of
 * what it needs) (memory-model §9 "Verdict").
 */
final class FixAdvisor {

    /** A verified fix: the command, and the margin the model predicts with it. */
    record Fix(String command, double marginMib, String summary) {
    }

    private static final long STEP_MIB = 64;
    private static final long MAX_SOCKET_MEM_MIB = 1 << 20;
    private static final int[] MTU_CANDIDATES = {9000, 8000, 7000, 6000, 5000, 4000, 3000, 2000, 1500};

    private final SwitchConfig original;
    private final HostTopology host;
    private final ProposedChange change;
    private final ValidationContext ctx;

    FixAdvisor(SwitchConfig original, HostTopology host, ProposedChange change, ValidationContext ctx) {
        this.original = original;
        this.host = host;
        this.change = change;
        this.ctx = ctx;
    }

    /** More socket memory (and a matching limit) on the port's socket, or more hugepages on its node. */
    Optional<Fix> memoryFix(int stepIndex, StepPrediction failed) {
        SocketBudget budget = ctx.model().budget(failed.socket());
        if (budget.limit() == SocketBudget.Limit.FREE_HUGEPAGES) {
            return hugepageFix(stepIndex, failed);
        }
        return socketMemFix(stepIndex, failed);
    }

    private Optional<Fix> socketMemFix(int stepIndex, StepPrediction failed) {
        int s = failed.socket();
        DpdkSocketMem mem = ctx.model().eal().socketMem().orElse(DpdkSocketMem.of(0));
        int sockets = host.nodes().stream().mapToInt(NumaNode::id).max().orElse(0) + 1;
        while (mem.mibPerSocket().size() < sockets) {
            mem = mem.with(mem.mibPerSocket().size(), 0);
        }
        boolean explicitLimit = original.other(SwitchConfig.SOCKET_LIMIT).isPresent();
        long deficitMib = Math.max(0, (failed.neededBytes() - failed.availableBytes()) >> 20);
        long start = (mem.mib(s) + deficitMib) / STEP_MIB * STEP_MIB + STEP_MIB;
        for (long mib = start; mib <= MAX_SOCKET_MEM_MIB; mib = next(mib)) {
            DpdkSocketMem candidate = mem.with(s, mib);
            Map<String, String> values = new HashMap<>();
            values.put(SwitchConfig.SOCKET_MEM, candidate.toString());
            String command = "set Open_vSwitch . other_config:dpdk-socket-mem=" + candidate;
            if (explicitLimit) {
                values.put(SwitchConfig.SOCKET_LIMIT, candidate.toString());
                command += " other_config:dpdk-socket-limit=" + candidate;
            }
            Optional<Double> margin = verify(original, host, withRestart(values), stepIndex);
            if (margin.isPresent()) {
                return Optional.of(new Fix(command, margin.get(), "dpdk-socket-mem " + mib + " MB on socket " + s
                        + ", then restart ovs-vswitchd"));
            }
            if (mib >= totalHugepageMib(s)) {
                break;   // more socket memory than the node has pages cannot start
            }
        }
        return Optional.empty();
    }

    private Optional<Fix> hugepageFix(int stepIndex, StepPrediction failed) {
        int s = failed.socket();
        Optional<NumaNode> node = host.node(s);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        HugepagePool pool = node.get().pool(HugepagePool.SIZE_2M_KIB)
                .orElse(new HugepagePool(HugepagePool.SIZE_2M_KIB, 0, 0));
        long deficitPages = Math.max(1, (failed.neededBytes() - failed.availableBytes() + pool.pageBytes() - 1)
                / pool.pageBytes());
        for (long extra = deficitPages; extra <= 1 << 20; extra = extra < 64 ? extra + 8 : extra * 2) {
            HostTopology more = withPages(host, s, pool, extra);
            Optional<Double> margin = verify(original, more, change, stepIndex);
            if (margin.isPresent()) {
                long nr = pool.total() + extra;
                return Optional.of(new Fix("echo " + nr + " > /sys/devices/system/node/node" + s
                        + "/hugepages/hugepages-2048kB/nr_hugepages", margin.get(),
                        nr + " x 2 MB hugepages on node " + s));
            }
        }
        return Optional.empty();
    }

    /** The largest of some common MTUs below the requested one for which the model says the step succeeds. */
    Optional<Fix> mtuFix(int stepIndex, StepPrediction failed) {
        for (int mtu : MTU_CANDIDATES) {
            if (mtu >= failed.mtu()) {
                continue;
            }
            Optional<ProposedChange> changed = withMtu(failed.port(), mtu);
            if (changed.isPresent()) {
                Optional<Double> margin = verify(original, host, changed.get(), stepIndex);
                if (margin.isPresent()) {
                    return Optional.of(new Fix("set Interface " + failed.port() + " mtu_request=" + mtu,
                            margin.get(), "MTU " + mtu));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Double> verify(SwitchConfig config, HostTopology onHost, ProposedChange proposed, int index) {
        ValidationContext again = ContextBuilder.build(config, onHost, proposed);
        if (index >= again.steps().size()) {
            return Optional.empty();
        }
        StepPrediction step = again.steps().get(index);
        double safety = Math.max(8, step.neededBytes() / (double) (1 << 20) / 100);
        return step.ok() && step.marginMib() >= safety ? Optional.of(step.marginMib()) : Optional.empty();
    }

    private ProposedChange withRestart(Map<String, String> values) {
        List<ConfigChange> changes = new ArrayList<>();
        changes.add(new ConfigChange.SetOtherConfig(values, Set.of()));
        changes.addAll(change.changes());
        return new ProposedChange(changes);
    }

    private Optional<ProposedChange> withMtu(String port, int mtu) {
        List<ConfigChange> changes = new ArrayList<>();
        boolean replaced = false;
        for (ConfigChange c : change.changes()) {
            if (!replaced && c instanceof ConfigChange.AddPort add && add.name().equals(port)) {
                changes.add(new ConfigChange.AddPort(add.bridge(), add.name(), add.type(), add.options(),
                        OptionalLong.of(mtu)));
                replaced = true;
            } else if (!replaced && c instanceof ConfigChange.SetInterface set && set.name().equals(port)
                    && set.mtuRequest().isPresent()) {
                changes.add(new ConfigChange.SetInterface(port, OptionalLong.of(mtu), set.options()));
                replaced = true;
            } else {
                changes.add(c);
            }
        }
        return replaced ? Optional.of(new ProposedChange(changes)) : Optional.empty();
    }

    private long totalHugepageMib(int socket) {
        return host.node(socket).map(n -> n.totalHugepageBytes() >> 20).orElse(0L);
    }

    private static long next(long mib) {
        return mib < 4096 ? mib + STEP_MIB : mib * 2;
    }

    private static HostTopology withPages(HostTopology host, int socket, HugepagePool pool, long extra) {
        List<NumaNode> nodes = new ArrayList<>();
        for (NumaNode n : host.nodes()) {
            if (n.id() != socket) {
                nodes.add(n);
                continue;
            }
            List<HugepagePool> pools = new ArrayList<>(n.hugepages().stream()
                    .filter(p -> p.pageSizeKiB() != pool.pageSizeKiB()).toList());
            pools.add(new HugepagePool(pool.pageSizeKiB(), pool.total() + extra, pool.free() + extra));
            nodes.add(new NumaNode(n.id(), n.cpus(), pools, n.sysfsPath()));
        }
        return new HostSnapshot(nodes, host.pciDevices(), host.source());
    }
}
