package io.ovsguard.validator.rule;

import io.ovsguard.validator.host.PciDevice;
import io.ovsguard.validator.report.Finding;
import io.ovsguard.validator.report.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The device a port names must exist, be bound to a DPDK-capable driver, and not be taken by another port. */
final class DevargsRule implements Rule {

    @Override
    public List<Finding> evaluate(ValidationContext ctx) {
        List<Finding> out = new ArrayList<>();
        Map<String, String> owners = new HashMap<>();
        for (PortResolution port : ctx.ports().values()) {
            boolean report = port.proposed() || ctx.change().isEmpty();
            String key = deviceKey(port);
            String owner = key.isEmpty() ? null : owners.putIfAbsent(key, port.name());
            if (!report) {
                continue;
            }
            if (owner != null) {
                out.add(Finding.of(Severity.ERROR, RuleIds.DEVARGS_IN_USE, port.name(),
                        "'" + port.name() + "' is trying to use device '" + port.devargs().orElse(key)
                                + "' which is already in use by '" + owner + "'",
                        port.evidence()));
            }
            if (port.devargs().isEmpty() && ctx.model().profile().needsDevargs()) {
                out.add(Finding.of(Severity.ERROR, RuleIds.DEVARGS_MISSING, port.name(),
                        "'" + port.name() + "' is missing 'options:dpdk-devargs'", List.of())
                        .withFix("set Interface " + port.name() + " options:dpdk-devargs=<PCI address>"));
                continue;
            }
            if (port.vdev() || !port.malformed().stream().filter(e -> e.key().endsWith("dpdk-devargs")).toList()
                    .isEmpty()) {
                continue;
            }
            if (port.device().isEmpty()) {
                String what = port.pci().map(Object::toString).orElse(port.name());
                out.add(Finding.of(Severity.ERROR, RuleIds.DEVARGS_NO_SUCH_DEVICE, port.name(),
                        "no PCI device " + what + " on this host: expect \"Error attaching device '"
                                + port.devargs().orElse(what) + "' to DPDK\"",
                        List.of(ctx.host().source() + "/bus/pci/devices/" + what + " does not exist")));
                continue;
            }
            PciDevice device = port.device().get();
            if (!device.usableByDpdk()) {
                String driver = device.driver().orElse("no driver");
                out.add(Finding.of(Severity.ERROR, RuleIds.DEVARGS_KERNEL_DRIVER, port.name(),
                        device.address() + " (" + device.vendorDevice() + ") is bound to " + driver
                                + ", not vfio-pci, igb_uio or uio_pci_generic: DPDK cannot attach it",
                        port.evidence())
                        .withFix("dpdk-devbind.py --bind=vfio-pci " + device.address()));
            }
        }
        return out;
    }

    private static String deviceKey(PortResolution port) {
        if (port.pci().isPresent()) {
            return port.pci().get().toString();
        }
        return port.devargs().map(d -> d.split(",", 2)[0].strip().toLowerCase(Locale.ROOT)).orElse("");
    }
}
