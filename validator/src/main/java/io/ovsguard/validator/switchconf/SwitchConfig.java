package io.ovsguard.validator.switchconf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A snapshot of what the validator needs from the {@code Open_vSwitch} row and the Interface table. Values stay
 * raw strings here; they are parsed when validating so that bad values become findings.
 */
public record SwitchConfig(Map<String, String> otherConfig, Optional<String> ovsVersion,
                           Optional<String> dpdkVersion, Optional<Boolean> dpdkInitialized,
                           List<ExistingInterface> interfaces, Optional<VersionPin> versionOverride) {

    public static final String DPDK_INIT = "dpdk-init";
    public static final String SOCKET_MEM = "dpdk-socket-mem";
    public static final String SOCKET_LIMIT = "dpdk-socket-limit";
    public static final String ALLOC_MEM = "dpdk-alloc-mem";
    public static final String LCORE_MASK = "dpdk-lcore-mask";
    public static final String PMD_CPU_MASK = "pmd-cpu-mask";
    public static final String PER_PORT_MEMORY = "per-port-memory";
    public static final String SHARED_MEMPOOL_CONFIG = "shared-mempool-config";
    public static final String DPDK_EXTRA = "dpdk-extra";
    /**
     * The keys ovs-vswitchd reads only when DPDK starts (memory-model §4 "read once, at DPDK init"); the others it
     * applies at once ({@code pmd-cpu-mask} among them).
     */
    public static final Set<String> READ_AT_DPDK_START = Set.of(DPDK_INIT, SOCKET_MEM, SOCKET_LIMIT, DPDK_EXTRA,
            ALLOC_MEM, LCORE_MASK, PER_PORT_MEMORY, SHARED_MEMPOOL_CONFIG);

    public SwitchConfig {
        otherConfig = Map.copyOf(otherConfig);
        interfaces = List.copyOf(interfaces);
    }

    /** A running-or-planned switch with the given other_config and versions, and no interfaces. */
    public static SwitchConfig of(Map<String, String> otherConfig, String ovsVersion, String dpdkVersion) {
        return new SwitchConfig(otherConfig, Optional.of(ovsVersion), Optional.ofNullable(dpdkVersion),
                Optional.empty(), List.of(), Optional.empty());
    }

    public Optional<String> other(String key) {
        return Optional.ofNullable(otherConfig.get(key));
    }

    /** The version that selects the memory model: the override if any, else the database column. */
    public Optional<String> effectiveOvsVersion() {
        return versionOverride.map(VersionPin::ovsVersion).or(() -> ovsVersion);
    }

    public Optional<String> effectiveDpdkVersion() {
        return versionOverride.isPresent() ? versionOverride.get().dpdkVersion() : dpdkVersion;
    }

    public Optional<ExistingInterface> interfaceNamed(String name) {
        return interfaces.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    public SwitchConfig withOtherConfig(Map<String, String> set, java.util.Set<String> removed) {
        Map<String, String> merged = new HashMap<>(otherConfig);
        removed.forEach(merged::remove);
        merged.putAll(set);
        return new SwitchConfig(merged, ovsVersion, dpdkVersion, dpdkInitialized, interfaces, versionOverride);
    }

    public SwitchConfig withOther(String key, String value) {
        return withOtherConfig(Map.of(key, value), java.util.Set.of());
    }

    public SwitchConfig withInterfaces(List<ExistingInterface> newInterfaces) {
        return new SwitchConfig(otherConfig, ovsVersion, dpdkVersion, dpdkInitialized, newInterfaces,
                versionOverride);
    }

    public SwitchConfig withDpdkInitialized(boolean initialized) {
        return new SwitchConfig(otherConfig, ovsVersion, dpdkVersion, Optional.of(initialized), interfaces,
                versionOverride);
    }

    public SwitchConfig withVersionOverride(VersionPin pin) {
        return new SwitchConfig(otherConfig, ovsVersion, dpdkVersion, dpdkInitialized, interfaces,
                Optional.of(pin));
    }
}
