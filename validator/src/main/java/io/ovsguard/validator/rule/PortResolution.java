package io.ovsguard.validator.rule;

import io.ovsguard.validator.host.PciAddress;
import io.ovsguard.validator.host.PciDevice;
import io.ovsguard.validator.memory.PortSpec;
import io.ovsguard.validator.switchconf.ConfigSyntaxException;
import java.util.List;
import java.util.Optional;

/**
 * A DPDK interface resolved against the host: its device, socket and the {@link PortSpec} the memory model uses.
 *
 * @param proposed     added or changed by the proposed change (findings about it block the change)
 * @param pci          set when the devargs name a PCI address
 * @param device       the sysfs device, when the address exists on the host
 * @param numaUnknown  sysfs said -1 (or the vdev has no node): OVS uses socket 0
 * @param malformed    values that could not be parsed (reported quoting the text)
 * @param ignored      well-formed values OVS ignores (e.g. descriptors that are not a power of two)
 */
public record PortResolution(String name, boolean proposed, Optional<String> devargs, Optional<PciAddress> pci,
                             Optional<PciDevice> device, boolean vdev, boolean numaUnknown, PortSpec spec,
                             List<ConfigSyntaxException> malformed, List<ConfigSyntaxException> ignored,
                             List<String> evidence) {

    public PortResolution {
        malformed = List.copyOf(malformed);
        ignored = List.copyOf(ignored);
        evidence = List.copyOf(evidence);
    }

    public int socket() {
        return spec.socket();
    }
}
