package io.ovsguard.validator.host;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One PCI function from {@code bus/pci/devices/<addr>}. {@code numaNode} is empty when sysfs says -1
 * (unknown), which is common in VMs; OVS then puts the port's mempool on socket 0.
 */
public record PciDevice(PciAddress address, OptionalInt numaNode, int vendor, int device, Optional<String> driver,
                        String sysfsPath) {

    /** Drivers through which DPDK's PCI bus can drive the device. */
    private static final Set<String> DPDK_DRIVERS = Set.of("vfio-pci", "igb_uio", "uio_pci_generic");
    /** Bifurcated drivers: DPDK's mlx PMDs work with the kernel driver bound (memory-model §9 step 3). */
    private static final Set<String> BIFURCATED_DRIVERS = Set.of("mlx5_core", "mlx4_core");

    public boolean boundToDpdkDriver() {
        return driver.map(DPDK_DRIVERS::contains).orElse(false);
    }

    public boolean usableByDpdk() {
        return driver.map(d -> DPDK_DRIVERS.contains(d) || BIFURCATED_DRIVERS.contains(d)).orElse(false);
    }

    public String vendorDevice() {
        return String.format("%04x:%04x", vendor, device);
    }
}
