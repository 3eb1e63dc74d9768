package io.ovsguard.validator.memory;

import io.ovsguard.validator.switchconf.DpdkVersion;
import io.ovsguard.validator.switchconf.OvsVersion;

/**
 * Everything about mempool memory that depends on the OVS and DPDK versions. Sources: memory-model §0-§4
 * (OVS and DPDK tags listed in its §11) and, for OVS 3.1 + DPDK 22.11, the calibration tables.
 */
public record MemoryProfile(OvsVersion ovs, DpdkVersion dpdk) {

    /** {@code MAX_NB_MBUF} = 4096 x 64, the first shared request at every tag (memory-model §1). */
    public static final int MAX_NB_MBUF = 262144;
    /** {@code MIN_NB_MBUF} = 4096 x 4, the smallest request and the per-port formula's floor (§1). */
    public static final int MIN_NB_MBUF = 16384;
    /** {@code NETDEV_MAX_BURST} (§1). */
    public static final int MAX_BURST = 32;
    /** Default and maximum RX/TX descriptors (§1; calibration §3 "default rxq_desc and txq_desc are 2048"). */
    public static final int DEFAULT_DESC = 2048;
    public static final int MAX_DESC = 4096;
    /** x86 build default of RTE_MAX_LCORE (DPDK config/x86/meson.build @ v22.11, memory-model §3). */
    public static final int RTE_MAX_LCORE = 128;

    /** The DPDK release OVS documents for an OVS release, when the database does not say (memory-model §0). */
    public static DpdkVersion documentedDpdk(OvsVersion ovs) {
        if (ovs.below(2, 6)) {
            return new DpdkVersion(2, 2, 0);
        } else if (ovs.below(2, 7)) {
            return DpdkVersion.of(16, 7);
        } else if (ovs.below(2, 8)) {
            return DpdkVersion.of(16, 11);
        } else if (ovs.below(2, 9)) {
            return new DpdkVersion(17, 5, 1);
        } else if (ovs.below(2, 10)) {
            return DpdkVersion.of(17, 11);
        } else if (ovs.below(2, 11)) {
            return new DpdkVersion(17, 11, 3);
        } else if (ovs.below(2, 13)) {
            return DpdkVersion.of(18, 11);
        } else if (ovs.below(2, 15)) {
            return DpdkVersion.of(19, 11);
        } else if (ovs.below(2, 17)) {
            return DpdkVersion.of(20, 11);
        } else if (ovs.below(3, 1)) {
            return DpdkVersion.of(21, 11);
        } else if (ovs.below(3, 3)) {
            return new DpdkVersion(22, 11, 1);
        } else if (ovs.below(3, 5)) {
            return DpdkVersion.of(23, 11);
        } else if (ovs.below(3, 7)) {
            return DpdkVersion.of(24, 11);
        }
        return DpdkVersion.of(25, 11);
    }

    public SizingEra era() {
        if (ovs.below(2, 6)) {
            return SizingEra.V2_5;
        } else if (ovs.below(2, 8)) {
            return SizingEra.V2_6;
        } else if (ovs.below(2, 11)) {
            return SizingEra.V2_8;
        }
        return SizingEra.V2_11;
    }

    /** sizeof(struct dp_packet): 576 B up to v2.7, 704 B from v2.8 (memory-model §2, measured per tag). */
    public int dpPacketBytes() {
        return ovs.below(2, 8) ? 576 : 704;
    }

    /** v2.6+: a pool for a buffer class below ETHER_MTU starts at MIN_NB_MBUF (commit 0072e931b). */
    public boolean smallMtuStartsAtMinimum() {
        return ovs.atLeast(2, 6);
    }

    /** Ring memzone header: 128 B in DPDK 16.07/16.11, 384 B from 17.05 (memory-model §3). */
    public int ringHeaderBytes() {
        return dpdk.below(17, 5) ? 128 : 384;
    }

    /** Per-lcore cache slot in the pool header: 3x512 pointers up to 22.07, 2x512 from 22.11 (§3). */
    public int cacheSlotBytes() {
        return dpdk.below(22, 11) ? 12352 : 8256;
    }

    /** DPDK >= 19.11 keeps every object inside one page (commit eba11e3646, memory-model §3). */
    public boolean pageAwareObjects() {
        return dpdk.atLeast(19, 11);
    }

    /** DPDK <= 17.11 has only preallocated memory; 18.05 added dynamic memory. */
    public boolean legacyOnly() {
        return dpdk.below(18, 5);
    }

    /**
     * DPDK 16.07 leaks the largest free zone when ring creation fails during populate (fixed by f5e9ed5c4e in
     * 16.11), so a pool that fits only after halving fails completely (memory-model §8, verified on real code).
     */
    public boolean populateLeaks() {
        return dpdk.year() == 16 && dpdk.month() == 7;
    }

    /** Per-port pools exist from v2.10.0 (commit 43307ad0e). */
    public boolean perPortSupported() {
        return ovs.atLeast(2, 10);
    }

    /** v2.10+: a pool at refcount 0 is only freed by the sweep at the start of the next pool request (§4). */
    public boolean lazyFree() {
        return ovs.atLeast(2, 10);
    }

    /** v2.5/v2.6 build the port at MTU 1500 first and create the requested pool at reconfigure (§4). */
    public boolean buildsAt1500First() {
        return ovs.below(2, 7);
    }

    /** v2.7.0 segfaults when a pool cannot be created (fixed by 96e9b168e in v2.7.1, memory-model §7). */
    public boolean crashesOnPoolFailure() {
        return ovs.major() == 2 && ovs.minor() == 7 && ovs.patch() == 0;
    }

    /** From v2.7.1 the datapath drops a port whose reconfiguration fails; before, it kept its old MTU (§4). */
    public boolean dropsPortOnFailedReconfigure() {
        return ovs.compareTo(new OvsVersion(2, 7, 1)) >= 0;
    }

    /** v2.7+ needs options:dpdk-devargs; v2.6 names ports dpdkN by DPDK port id (§5). */
    public boolean needsDevargs() {
        return ovs.atLeast(2, 7);
    }

    /** {@code other_config:dpdk-socket-limit} is read from v2.11 (§6). */
    public boolean readsSocketLimit() {
        return ovs.atLeast(2, 11);
    }

    /** {@code shared-mempool-config} exists from v3.0.0 (§4). */
    public boolean readsSharedMempoolConfig() {
        return ovs.atLeast(3, 0);
    }

    /** Largest MTU: 9710 up to v2.8, 9702 from v2.9 (NETDEV_DPDK_MAX_PKT_LEN 9728; memory-model §7). */
    public int maxMtu() {
        return ovs.below(2, 9) ? 9710 : 9702;
    }

    /** Smallest MTU a DPDK port takes (DPDK's {@code RTE_ETHER_MIN_MTU}). */
    public int minMtu() {
        return 68;
    }

    /**
     * Whether a DPDK port takes this MTU. Outside the range ovs-vswitchd logs "X: unsupported MTU M", keeps the
     * port at the MTU it has (1500 for a new one) and leaves {@code mtu_request} unapplied (memory-model §7).
     */
    public boolean takesMtu(long mtu) {
        return mtu >= minMtu() && mtu <= maxMtu();
    }

    /**
     * Heap already allocated by an idle DPDK before any port: Alloc_size 358848 B on OVS 3.1 + DPDK 22.11
     * (calibration §3). Legacy builds are covered by {@link #legacyReserveBytes()} instead.
     */
    public long idleHeapBytes() {
        return legacyOnly() ? 0 : 358_848;
    }

    /**
     * Memory of preallocated socket memory that pools cannot use (EAL memzones, runs of physically contiguous
     * pages): the DPDK 16.07 sweep of memory-model §8 failed a 725.5 MiB pool at 728 MiB and passed at 730.
     */
    public long legacyReserveBytes() {
        return legacyOnly() ? 4L << 20 : 0;
    }

    /**
     * Device setup after the pool (queues, ethdev data) for a net_null vdev with 1 rxq and 2 txqs: 106881 B,
     * the calibration's A05 Alloc_size 51084608 minus the idle heap and the modelled 16384 x 3008 pool.
     */
    public long vdevSetupBytes() {
        return 106_881;
    }

    /** Device setup budget for a physical NIC: descriptor and software rings, "≥ 4 MiB per physical port" (§6). */
    public long physicalSetupBytes() {
        return 4L << 20;
    }

    /**
     * Free heap that must remain after a pool when the heap grew page by page: dynamic growth leaves the free
     * space in scattered page tails, and the device setup needs it in one piece. Calibration G01 (48 pages,
     * 0.12 MiB left after a 32768 pool) fails in device setup; G03 (1.49 MiB left) succeeds.
     */
    public long dynamicFragmentReserveBytes() {
        return 512L << 10;
    }
}
