package io.ovsguard.validator.rule;

import io.ovsguard.validator.host.HostSnapshot;
import io.ovsguard.validator.host.HostTopology;
import io.ovsguard.validator.host.NumaNode;
import io.ovsguard.validator.memory.FailureCause;
import io.ovsguard.validator.memory.MemoryProfile;
import io.ovsguard.validator.memory.MempoolSimulator;
import io.ovsguard.validator.memory.Outcome;
import io.ovsguard.validator.memory.SocketBudget;
import io.ovsguard.validator.memory.StepPrediction;
import io.ovsguard.validator.memory.SwitchModel;
import io.ovsguard.validator.switchconf.ConfigChange;
import io.ovsguard.validator.switchconf.ConfigSyntaxException;
import io.ovsguard.validator.switchconf.ExistingInterface;
import io.ovsguard.validator.switchconf.ProposedChange;
import io.ovsguard.validator.switchconf.SwitchConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Builds a {@link ValidationContext}: resolves versions, EAL memory and ports, then simulates. For a running
 * switch in dynamic memory mode, the pages its heap holds are not in the free counts; they are estimated from
 * a replay of the existing ports (repeated until the estimate is stable).
 */
final class ContextBuilder {

    private static final int MAX_HELD_ITERATIONS = 4;

    private ContextBuilder() {
    }

    static ValidationContext build(SwitchConfig config, HostTopology host, ProposedChange change) {
        boolean restart = false;
        SwitchConfig effective = config;
        for (ConfigChange c : change.changes()) {
            if (c instanceof ConfigChange.SetOtherConfig set) {
                effective = effective.withOtherConfig(set.values(), set.removed());
                restart |= set.values().keySet().stream().anyMatch(SwitchConfig.READ_AT_DPDK_START::contains)
                        || set.removed().stream().anyMatch(SwitchConfig.READ_AT_DPDK_START::contains);
            }
        }
        boolean running = isRunning(config);
        HostTopology effectiveHost = host;
        if (restart) {
            // the dpdk-* values apply at the next start: check the switch as it will be restarted (a key such as
            // pmd-cpu-mask applies at once, to the running switch)
            Map<Integer, Long> held = running ? estimateHeld(config, host) : Map.of();
            effectiveHost = releasing(host, held);
            running = false;
        }
        // what the running switch holds now, under the configuration it runs with
        Map<Integer, Long> held = running ? estimateHeld(config, host) : Map.of();
        List<ConfigSyntaxException> problems = new ArrayList<>();
        SwitchModel model = SwitchModel.build(effective, effectiveHost, running, held, problems::add);
        PortResolver resolver = new PortResolver(model.profile(), effectiveHost);
        Map<String, PortResolution> ports = new LinkedHashMap<>();
        MempoolSimulator sim = model.newSimulator();
        List<StepPrediction> replay = replay(effective, model.profile(), resolver, sim, ports);
        List<StepPrediction> steps = new ArrayList<>();
        for (ConfigChange c : change.changes()) {
            if (c instanceof ConfigChange.AddPort add && "dpdk".equals(add.type())) {
                // an MTU the port does not take leaves it at 1500 (MtuRule reports it)
                int mtu = appliedMtu(model.profile(), add.mtuRequest(), 1500);
                PortResolution port = resolver.resolve(add.name(), add.options(), mtu, true);
                ports.put(add.name(), port);
                sim.retryFailedPorts();
                steps.add(sim.addPort(port.spec(), "add-port"));
            } else if (c instanceof ConfigChange.SetInterface set && ports.containsKey(set.name())) {
                PortResolution before = ports.get(set.name());
                Map<String, String> options = new HashMap<>(optionsOf(effective, set.name()));
                options.putAll(set.options());
                int mtu = appliedMtu(model.profile(), set.mtuRequest(), before.spec().mtu());
                PortResolution port = resolver.resolve(set.name(), options, mtu, true);
                ports.put(set.name(), port);
                sim.retryFailedPorts();
                steps.add(sim.reconfigurePort(port.spec(), "set " + describe(set)));
            }
        }
        boolean dpdkEnabled = effective.other(SwitchConfig.DPDK_INIT).map(v -> v.equals("true") || v.equals("try"))
                .orElse(false);
        if (!dpdkEnabled) {
            steps.replaceAll(s -> s.withOutcome(Outcome.FAIL, FailureCause.DPDK_INIT));
        }
        return new ValidationContext(effective, effectiveHost, change, model, running, dpdkEnabled, problems, ports,
                replay, steps, restart, config, host);
    }

    /** The MTU a DPDK port ends up with: the request if the port takes it, else {@code otherwise}. */
    static int appliedMtu(MemoryProfile profile, OptionalLong request, int otherwise) {
        return request.isPresent() && profile.takesMtu(request.getAsLong()) ? (int) request.getAsLong() : otherwise;
    }

    /** DPDK is up when the database says so; before OVS 2.10 there is no such column, so look for live ports. */
    static boolean isRunning(SwitchConfig config) {
        return config.dpdkInitialized().orElseGet(() -> config.versionOverride().isEmpty() && config.interfaces()
                .stream().anyMatch(i -> i.isDpdk() && i.ofport().orElse(0) > 0));
    }

    /**
     * Re-adds the existing DPDK ports in the order ovs-vswitchd most likely created them (ofport), failed ones
     * last; a port whose mtu_request was never applied is then asked for it again, as the bridge does.
     */
    /**
     * Working ports first, then by ofport (none last), then by name. Written out, not built with
     * {@code Comparator.comparing}: the JDK's comparators are lambdas a start-up cache does not keep.
     */
    private static int inBridgeOrder(ExistingInterface a, ExistingInterface b) {
        int byFailure = Boolean.compare(a.failed(), b.failed());
        if (byFailure != 0) {
            return byFailure;
        }
        int byOfport = Long.compare(a.ofport().orElse(Long.MAX_VALUE), b.ofport().orElse(Long.MAX_VALUE));
        return byOfport != 0 ? byOfport : a.name().compareTo(b.name());
    }

    private static List<StepPrediction> replay(SwitchConfig config, MemoryProfile profile, PortResolver resolver,
                                               MempoolSimulator sim, Map<String, PortResolution> ports) {
        List<ExistingInterface> ordered = config.interfaces().stream().filter(ExistingInterface::isDpdk)
                .sorted(ContextBuilder::inBridgeOrder)
                .toList();
        List<StepPrediction> out = new ArrayList<>();
        for (ExistingInterface i : ordered) {
            int mtu = (int) i.mtu().orElse(i.mtuRequest().orElse(1500));
            PortResolution port = resolver.resolve(i.name(), i.options(), mtu, false);
            ports.put(i.name(), port);
            out.add(sim.addPort(port.spec(), "existing"));
        }
        for (ExistingInterface i : ordered) {
            // a request the port does not take is never applied, and asks for no pool
            if (i.stale() && profile.takesMtu(i.mtuRequest().getAsLong())) {
                PortResolution port = ports.get(i.name());
                out.add(sim.reconfigurePort(port.spec().withMtu((int) i.mtuRequest().getAsLong()), "pending mtu"));
            }
        }
        return out;
    }

    /**
     * Hugepage bytes the running heap holds per socket: at least its start reservation and what the replay uses, and
     * without a socket-limit every page in use on the node (see {@link #inUseBytes}).
     */
    private static Map<Integer, Long> estimateHeld(SwitchConfig config, HostTopology host) {
        Map<Integer, Long> held = Map.of();
        for (int i = 0; i < MAX_HELD_ITERATIONS; i++) {
            SwitchModel model = SwitchModel.build(config, host, true, held, e -> { });
            MempoolSimulator sim = model.newSimulator();
            replay(config, model.profile(), new PortResolver(model.profile(), host), sim, new HashMap<>());
            Map<Integer, Long> next = new HashMap<>();
            for (NumaNode node : host.nodes()) {
                long page = node.smallestPageBytes();
                long usedBytes = sim.usedBytes().getOrDefault(node.id(), 0L);
                long replayed = Math.max(model.budget(node.id()).preallocBytes(), (usedBytes + page - 1) / page * page);
                next.put(node.id(), model.budget(node.id()).limit() == SocketBudget.Limit.FREE_HUGEPAGES
                        ? Math.max(replayed, inUseBytes(node, page)) : replayed);
            }
            if (next.equals(held)) {
                break;
            }
            held = next;
        }
        return held;
    }

    /**
     * Hugepage bytes of the node's smallest page size that are not free. An uncapped running heap holds at least what
     * the replay needs, but also pools it released and has not swept yet (calibration §4.1 findings 2 and 5: after
     * F07's MTU change back, Alloc_size stays at 2033 MiB), which no database row shows; the pages they occupy do
     * show in sysfs. Assumes ovs-vswitchd is the node's only hugepage user in that mode; another user makes the
     * estimate optimistic.
     */
    private static long inUseBytes(NumaNode node, long page) {
        return node.hugepages().stream().filter(p -> p.pageBytes() == page)
                .mapToLong(p -> (p.total() - p.free()) * page).sum();
    }

    /** The host after ovs-vswitchd stops: the pages its heap held are free again. */
    static HostTopology releasing(HostTopology host, Map<Integer, Long> held) {
        List<NumaNode> nodes = new ArrayList<>();
        for (NumaNode n : host.nodes()) {
            long page = n.smallestPageBytes();
            long pages = held.getOrDefault(n.id(), 0L) / page;
            nodes.add(new NumaNode(n.id(), n.cpus(), n.hugepages().stream().map(p -> p.pageBytes() != page ? p
                    : p.withFree(Math.min(p.total(), p.free() + pages))).toList(), n.sysfsPath()));
        }
        return new HostSnapshot(nodes, host.pciDevices(), host.source());
    }

    private static Map<String, String> optionsOf(SwitchConfig config, String name) {
        return config.interfaceNamed(name).map(ExistingInterface::options).orElse(Map.of());
    }

    private static String describe(ConfigChange.SetInterface set) {
        StringBuilder s = new StringBuilder();
        set.mtuRequest().ifPresent(m -> s.append("mtu_request=").append(m));
        set.options().forEach((k, v) -> s.append(s.length() > 0 ? " " : "").append("options:").append(k).append('=')
                .append(v));
        return s.toString();
    }
}
