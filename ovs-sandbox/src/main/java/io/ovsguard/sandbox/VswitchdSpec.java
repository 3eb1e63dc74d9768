package io.ovsguard.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a sandbox runs its DPDK ovs-vswitchd. Socket memory is in MB; leaving both values unset selects DPDK's dynamic
 * memory mode. Keys in {@link #extraOtherConfig()} go to {@code Open_vSwitch . other_config} verbatim (for example
 * {@code per-port-memory=true} or {@code shared-mempool-config=...}).
 */
public record VswitchdSpec(
        OptionalInt socketMemMb,
        OptionalInt socketLimitMb,
        Map<String, String> extraOtherConfig,
        String pmdCpuMask,
        HugepageDemand hugepages) {

    /** Pages added on top of the socket memory: the EAL keeps a few pages for its own structures. */
    public static final int HUGEPAGE_MARGIN = 4;
    /** What a dynamic-memory sandbox reserves when the caller says nothing: enough for a couple of 9000-MTU pools. */
    public static final int DYNAMIC_DEFAULT_MB = 512;

    private static final Pattern CPU_MASK = Pattern.compile("0x[0-9a-fA-F]+");
    private static final Set<String> OWNED_KEYS =
            Set.of("dpdk-init", "dpdk-extra", "dpdk-socket-mem", "dpdk-socket-limit", "pmd-cpu-mask");

    public VswitchdSpec {
        Objects.requireNonNull(socketMemMb, "socketMemMb");
        Objects.requireNonNull(socketLimitMb, "socketLimitMb");
        Objects.requireNonNull(pmdCpuMask, "pmdCpuMask");
        Objects.requireNonNull(hugepages, "hugepages");
        extraOtherConfig = Map.copyOf(extraOtherConfig);
        requirePositive(socketMemMb, "dpdk-socket-mem");
        requirePositive(socketLimitMb, "dpdk-socket-limit");
        if (!CPU_MASK.matcher(pmdCpuMask).matches()) {
            throw new IllegalArgumentException("pmd-cpu-mask must look like 0x2, got '" + pmdCpuMask + "'");
        }
        for (String key : extraOtherConfig.keySet()) {
            if (OWNED_KEYS.contains(key)) {
                throw new IllegalArgumentException("other_config:" + key + " is set by the sandbox itself");
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** socket-mem 64, socket-limit 64: the calibration's default switch. */
    public static VswitchdSpec socketMemory64() {
        return builder().socketMemMb(64).socketLimitMb(64).build();
    }

    public boolean dynamicMemory() {
        return socketMemMb.isEmpty() && socketLimitMb.isEmpty();
    }

    /** The EAL arguments this sandbox adds through {@code other_config:dpdk-extra}. */
    public static String dpdkExtra(String filePrefix) {
        return "--no-pci --file-prefix=" + filePrefix;
    }

    /** Every {@code other_config} entry to set before ovs-vswitchd starts. */
    public Map<String, String> otherConfig(String filePrefix) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("dpdk-init", "true");
        config.put("dpdk-extra", dpdkExtra(filePrefix));
        config.put("pmd-cpu-mask", pmdCpuMask);
        socketMemMb.ifPresent(mb -> config.put("dpdk-socket-mem", Integer.toString(mb)));
        socketLimitMb.ifPresent(mb -> config.put("dpdk-socket-limit", Integer.toString(mb)));
        config.putAll(extraOtherConfig);
        return Map.copyOf(config);
    }

    private static void requirePositive(OptionalInt mb, String name) {
        if (mb.isPresent() && mb.getAsInt() < 1) {
            throw new IllegalArgumentException(name + " must be at least 1 MB, got " + mb.getAsInt());
        }
    }

    /** Mutable only while building; {@link #build()} yields the immutable spec. */
    public static final class Builder {
        private OptionalInt socketMemMb = OptionalInt.empty();
        private OptionalInt socketLimitMb = OptionalInt.empty();
        private final Map<String, String> extraOtherConfig = new LinkedHashMap<>();
        private String pmdCpuMask = "0x2";
        private HugepageDemand hugepages;

        private Builder() {
        }

        public Builder socketMemMb(int mb) {
            this.socketMemMb = OptionalInt.of(mb);
            return this;
        }

        public Builder socketLimitMb(int mb) {
            this.socketLimitMb = OptionalInt.of(mb);
            return this;
        }

        public Builder otherConfig(String key, String value) {
            extraOtherConfig.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        public Builder pmdCpuMask(String mask) {
            this.pmdCpuMask = mask;
            return this;
        }

        /** Overrides the demand derived from the socket memory. */
        public Builder hugepages(HugepageDemand demand) {
            this.hugepages = Objects.requireNonNull(demand, "demand");
            return this;
        }

        public Builder hugepagesExactlyFree(int pages) {
            return hugepages(new HugepageDemand.ExactlyFree(pages));
        }

        public VswitchdSpec build() {
            HugepageDemand demand = hugepages != null ? hugepages : derivedDemand();
            return new VswitchdSpec(socketMemMb, socketLimitMb, extraOtherConfig, pmdCpuMask, demand);
        }

        /** The heap can reach the limit (or socket-mem when there is no limit): S MB is S/2 pages plus a margin. */
        private HugepageDemand derivedDemand() {
            int mb = Math.max(socketMemMb.orElse(0), socketLimitMb.orElse(0));
            if (mb == 0) {
                mb = DYNAMIC_DEFAULT_MB;
            }
            return new HugepageDemand.Additional((mb + 1) / 2 + HUGEPAGE_MARGIN);
        }
    }
}
