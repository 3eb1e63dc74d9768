package io.ovsguard.validator.rule;

/** The stable ids of every finding the validator can produce. Scripts match on these; never rename one. */
public final class RuleIds {

    public static final String CONFIG_MALFORMED = "config.malformed";
    public static final String CONFIG_IGNORED = "config.ignored";
    public static final String VERSION_ASSUMED = "version.assumed";
    public static final String DPDK_INIT_DISABLED = "dpdk.init-disabled";
    public static final String DPDK_RESTART_REQUIRED = "dpdk.restart-required";
    public static final String DEVARGS_MISSING = "devargs.missing";
    public static final String DEVARGS_NO_SUCH_DEVICE = "devargs.no-such-device";
    public static final String DEVARGS_KERNEL_DRIVER = "devargs.kernel-driver";
    public static final String DEVARGS_IN_USE = "devargs.in-use";
    public static final String NUMA_UNKNOWN_NODE = "numa.unknown-node";
    public static final String NUMA_NO_SOCKET_MEMORY = "numa.no-socket-memory";
    public static final String PMD_NO_CORE_ON_NUMA = "pmd.no-core-on-numa";
    public static final String MEMPOOL_INSUFFICIENT = "mempool.insufficient";
    public static final String HUGEPAGES_INSUFFICIENT_FREE = "hugepages.insufficient-free";
    public static final String MEMPOOL_REDUCED = "mempool.reduced";
    public static final String MEMPOOL_LOW_MBUFS = "mempool.low-mbufs";
    public static final String MTU_OUT_OF_RANGE = "mtu.out-of-range";
    public static final String PORT_FAILED = "port.failed";
    public static final String PORT_STALE = "port.stale";

    private RuleIds() {
    }
}
