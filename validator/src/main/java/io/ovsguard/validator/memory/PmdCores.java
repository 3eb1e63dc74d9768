package io.ovsguard.validator.memory;

import io.ovsguard.validator.host.CpuList;
import io.ovsguard.validator.host.HostTopology;
import io.ovsguard.validator.host.NumaNode;
import io.ovsguard.validator.switchconf.ConfigSyntaxException;
import io.ovsguard.validator.switchconf.CpuMask;
import io.ovsguard.validator.switchconf.SwitchConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The CPUs that run PMD threads: {@code pmd-cpu-mask} intersected with online CPUs, or by default one PMD per
 * NUMA node that has CPUs (memory-model §1, NR_PMD_THREADS).
 *
 * @param fromMask whether pmd-cpu-mask chose them
 */
public record PmdCores(List<Integer> cpus, Set<Integer> nodes, boolean fromMask, Optional<String> maskText) {

    public PmdCores {
        cpus = List.copyOf(cpus);
        nodes = Set.copyOf(nodes);
    }

    public static PmdCores resolve(SwitchConfig config, HostTopology host, Consumer<ConfigSyntaxException> problems) {
        Optional<String> mask = config.other(SwitchConfig.PMD_CPU_MASK);
        if (mask.isPresent()) {
            try {
                CpuList wanted = CpuMask.parse("other_config:" + SwitchConfig.PMD_CPU_MASK, mask.get());
                List<Integer> cpus = wanted.ids().stream().filter(c -> host.nodeOfCpu(c).isPresent()).toList();
                Set<Integer> nodes = new TreeSet<>();
                cpus.forEach(c -> host.nodeOfCpu(c).ifPresent(n -> nodes.add(n.id())));
                return new PmdCores(cpus, nodes, true, mask);
            } catch (ConfigSyntaxException e) {
                problems.accept(e);
            }
        }
        List<Integer> cpus = new ArrayList<>();
        Set<Integer> nodes = new TreeSet<>();
        for (NumaNode node : host.nodes()) {
            if (node.hasCpus()) {
                cpus.add(node.cpus().ids().get(0));
                nodes.add(node.id());
            }
        }
        return new PmdCores(cpus, nodes, false, Optional.empty());
    }

    /** TX queues OVS requests per port: one per PMD thread plus one for the non-PMD thread (calibration §3). */
    public int txqPerPort() {
        return Math.max(1, cpus.size()) + 1;
    }
}
