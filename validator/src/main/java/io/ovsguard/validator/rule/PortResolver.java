package io.ovsguard.validator.rule;

import io.ovsguard.validator.host.HostTopology;
import io.ovsguard.validator.host.PciAddress;
import io.ovsguard.validator.host.PciDevice;
import io.ovsguard.validator.memory.MemoryProfile;
import io.ovsguard.validator.memory.PortSpec;
import io.ovsguard.validator.switchconf.ConfigSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Turns an interface's options and MTU into a {@link PortResolution}. Pure: reads only the topology snapshot. */
final class PortResolver {

    private final MemoryProfile profile;
    private final HostTopology host;

    PortResolver(MemoryProfile profile, HostTopology host) {
        this.profile = profile;
        this.host = host;
    }

    PortResolution resolve(String name, Map<String, String> options, int mtu, boolean proposed) {
        List<ConfigSyntaxException> malformed = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        Optional<String> devargs = Optional.ofNullable(options.get("dpdk-devargs")).filter(s -> !s.isBlank());
        devargs.ifPresent(d -> evidence.add("Interface " + name + " options:dpdk-devargs = \"" + d + "\""));
        Optional<PciAddress> pci = Optional.empty();
        boolean vdev = false;
        if (devargs.isEmpty() && !profile.needsDevargs()) {
            pci = legacyPortName(name);   // v2.6: dpdkN is the N-th DPDK-bound PCI device (memory-model §5)
        } else if (devargs.isPresent()) {
            String head = devargs.get().split(",", 2)[0].strip();
            if (PciAddress.looksLikePciAddress(head)) {
                try {
                    pci = Optional.of(PciAddress.parse(head));
                } catch (IllegalArgumentException e) {
                    malformed.add(new ConfigSyntaxException("Interface " + name + " options:dpdk-devargs",
                            devargs.get(), e.getMessage()));
                }
            } else {
                vdev = true;
            }
        }
        Optional<PciDevice> device = pci.flatMap(host::pciDevice);
        device.ifPresent(d -> {
            evidence.add(d.sysfsPath() + "/numa_node = " + (d.numaNode().isPresent() ? d.numaNode().getAsInt() : -1));
            evidence.add(d.sysfsPath() + "/driver -> " + d.driver().orElse("(none)"));
        });
        boolean numaUnknown = vdev || device.map(d -> d.numaNode().isEmpty()).orElse(false);
        int socket = device.flatMap(d -> d.numaNode().isPresent() ? Optional.of(d.numaNode().getAsInt())
                : Optional.empty()).orElse(0);
        List<ConfigSyntaxException> ignored = new ArrayList<>();
        int nRxq = rxQueues(name, options, ignored);
        int rxDesc = descriptors(name, options, "n_rxq_desc", ignored);
        int txDesc = descriptors(name, options, "n_txq_desc", ignored);
        PortSpec spec = new PortSpec(name, socket, mtu, nRxq, rxDesc, txDesc, !vdev);
        return new PortResolution(name, proposed, devargs, pci, device, vdev, numaUnknown, spec, malformed, ignored,
                evidence);
    }

    private Optional<PciAddress> legacyPortName(String name) {
        if (!name.matches("dpdk\\d{1,4}")) {
            return Optional.empty();
        }
        int id = Integer.parseInt(name.substring(4));
        List<PciDevice> bound = host.pciDevices().stream().filter(PciDevice::boundToDpdkDriver).toList();
        return id < bound.size() ? Optional.of(bound.get(id).address()) : Optional.empty();
    }

    /**
     * {@code options:n_rxq} as netdev-dpdk reads it ({@code MAX(smap_get_int(args, "n_rxq", 1), 1)}): what is not a
     * whole number is 1, and so is anything below 1. Neither fails the port; the finding says what OVS takes.
     */
    private static int rxQueues(String port, Map<String, String> options, List<ConfigSyntaxException> ignored) {
        String text = options.get("n_rxq");
        if (text == null) {
            return 1;
        }
        OptionalInt n = smapInt(text);
        if (n.isEmpty() || n.getAsInt() < 1) {
            ignored.add(new ConfigSyntaxException("Interface " + port + " options:n_rxq", text,
                    n.isEmpty() ? "not a whole number; OVS uses 1" : "below 1; OVS uses 1"));
            return 1;
        }
        return n.getAsInt();
    }

    /**
     * {@code options:n_rxq_desc} and {@code n_txq_desc} as netdev-dpdk reads them: a power of two up to 4096, else
     * (not a whole number included) 2048 (memory-model §1).
     */
    private static int descriptors(String port, Map<String, String> options, String key,
                                   List<ConfigSyntaxException> ignored) {
        String text = options.get(key);
        if (text == null) {
            return MemoryProfile.DEFAULT_DESC;
        }
        OptionalInt n = smapInt(text);
        if (n.isEmpty() || n.getAsInt() <= 0 || Integer.bitCount(n.getAsInt()) != 1
                || n.getAsInt() > MemoryProfile.MAX_DESC) {
            ignored.add(new ConfigSyntaxException("Interface " + port + " options:" + key, text,
                    "not a power of two up to 4096; OVS uses 2048"));
            return MemoryProfile.DEFAULT_DESC;
        }
        return n.getAsInt();
    }

    /**
     * OVS's {@code smap_get_int}: {@code strtoll} in base 10 (leading white space and a sign allowed), the whole text
     * consumed, within an int; empty if OVS would take its default instead.
     */
    static OptionalInt smapInt(String text) {
        int i = 0;
        while (i < text.length() && " \t\n\u000b\f\r".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        int start = i;
        if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int digits = i;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        if (i == digits || i != text.length()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(text.substring(start, i)));
        } catch (NumberFormatException outOfRange) {
            return OptionalInt.empty();
        }
    }
}
