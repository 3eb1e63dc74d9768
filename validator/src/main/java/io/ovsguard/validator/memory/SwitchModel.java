package io.ovsguard.validator.memory;

import io.ovsguard.validator.host.HostTopology;
import io.ovsguard.validator.switchconf.ConfigSyntaxException;
import io.ovsguard.validator.switchconf.DpdkVersion;
import io.ovsguard.validator.switchconf.OvsVersion;
import io.ovsguard.validator.switchconf.SharedMempoolConfig;
import io.ovsguard.validator.switchconf.SwitchConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Everything switch-wide the memory model needs, resolved once from a {@link SwitchConfig} and a host: the
 * version profile, EAL memory, pool policy, PMD cores and per-socket budgets. Hands out fresh simulators.
 */
public record SwitchModel(MemoryProfile profile, EalMemory eal, PoolPolicy policy, PmdCores pmds,
                          Map<Integer, SocketBudget> budgets, boolean versionAssumed, List<String> notes) {

    /** The version assumed when neither the database nor an override names one: this machine's OVS. */
    public static final OvsVersion ASSUMED_OVS = new OvsVersion(3, 1, 0);

    public SwitchModel {
        budgets = Map.copyOf(budgets);
        notes = List.copyOf(notes);
    }

    public static SwitchModel build(SwitchConfig config, HostTopology host, boolean running,
                                    Map<Integer, Long> heldByDpdk, Consumer<ConfigSyntaxException> problems) {
        List<String> notes = new ArrayList<>();
        boolean assumed = false;
        OvsVersion ovs = ASSUMED_OVS;
        Optional<String> ovsText = config.effectiveOvsVersion().filter(t -> !t.isBlank());
        if (ovsText.isPresent()) {
            try {
                ovs = OvsVersion.parse(ovsText.get());
            } catch (ConfigSyntaxException e) {
                problems.accept(e);
                assumed = true;
            }
        } else {
            assumed = true;
        }
        if (assumed) {
            notes.add("OVS version unknown; assuming " + ASSUMED_OVS);
        }
        DpdkVersion dpdk = MemoryProfile.documentedDpdk(ovs);
        Optional<String> dpdkText = config.effectiveDpdkVersion().filter(t -> !t.isBlank());
        if (dpdkText.isPresent()) {
            try {
                dpdk = DpdkVersion.parse(dpdkText.get());
            } catch (ConfigSyntaxException e) {
                problems.accept(e);
            }
        }
        MemoryProfile profile = new MemoryProfile(ovs, dpdk);
        EalMemory eal = EalMemoryResolver.resolve(config, profile, host, problems);
        PmdCores pmds = PmdCores.resolve(config, host, problems);
        SharedMempoolConfig shared = SharedMempoolConfig.none();
        Optional<String> sharedText = config.other(SwitchConfig.SHARED_MEMPOOL_CONFIG);
        if (sharedText.isPresent() && profile.readsSharedMempoolConfig()) {
            try {
                shared = SharedMempoolConfig.parse(sharedText.get());
            } catch (ConfigSyntaxException e) {
                problems.accept(e);
            }
        }
        boolean perPort = profile.perPortSupported()
                && config.other(SwitchConfig.PER_PORT_MEMORY).map("true"::equals).orElse(false);
        PoolPolicy policy = new PoolPolicy(perPort, shared, eal.channels(), eal.ranks(), pmds.txqPerPort());
        Map<Integer, SocketBudget> budgets = SocketBudgets.compute(eal, profile, host, running, heldByDpdk);
        notes.addAll(eal.notes());
        return new SwitchModel(profile, eal, policy, pmds, budgets, assumed, notes);
    }

    public MempoolSimulator newSimulator() {
        return new MempoolSimulator(profile, policy, budgets, eal.mainSocket());
    }

    public SocketBudget budget(int socket) {
        SocketBudget b = budgets.get(socket);
        return b != null ? b : new SocketBudget(socket, 0, 0, 2L << 20, SocketBudget.Limit.FREE_HUGEPAGES,
                eal.mode(), 0);
    }
}
