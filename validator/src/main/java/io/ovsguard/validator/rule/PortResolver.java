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
        int nRxq = positive(name, options, "n_rxq", 1, 1024, malformed);
        List<ConfigSyntaxException> ignored = new ArrayList<>();
        int rxDesc = descriptors(name, options, "n_rxq_desc", malformed, ignored);
        int txDesc = descriptors(name, options, "n_txq_desc", malformed, ignored);
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

    private static int positive(String port, Map<String, String> options, String key, int dflt, int max,
                                List<ConfigSyntaxException> malformed) {
        String text = options.get(key);
        if (text == null) {
            return dflt;
        }
        String t = text.strip();
        if (t.isEmpty() || t.length() > 6 || !t.chars().allMatch(Character::isDigit) || Integer.parseInt(t) < 1
                || Integer.parseInt(t) > max) {
            malformed.add(new ConfigSyntaxException("Interface " + port + " options:" + key, text,
                    "expected a whole number from 1 to " + max));
            return dflt;
        }
        return Integer.parseInt(t);
    }

    /** A power of two up to 4096, else OVS uses 2048 (memory-model §1). */
    private static int descriptors(String port, Map<String, String> options, String key,
                                   List<ConfigSyntaxException> malformed, List<ConfigSyntaxException> ignored) {
        int n = positive(port, options, key, MemoryProfile.DEFAULT_DESC, 1 << 20, malformed);
        if (Integer.bitCount(n) != 1 || n > MemoryProfile.MAX_DESC) {
            ignored.add(new ConfigSyntaxException("Interface " + port + " options:" + key, options.get(key),
                    "not a power of two up to 4096; OVS uses 2048"));
            return MemoryProfile.DEFAULT_DESC;
        }
        return n;
    }
}
