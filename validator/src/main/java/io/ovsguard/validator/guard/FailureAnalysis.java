package io.ovsguard.validator.guard;

import io.ovsguard.validator.memory.StepPrediction;
import io.ovsguard.validator.report.Finding;
import io.ovsguard.validator.report.Report;
import io.ovsguard.validator.vswitchd.FailureDiagnosis;
import io.ovsguard.validator.vswitchd.FailureKind;
import io.ovsguard.validator.vswitchd.HeapStats;
import io.ovsguard.validator.vswitchd.VswitchdProbe;
import java.util.List;
import java.util.Optional;

/**
 * Puts figures and a fix to a failure: the validator's prediction for the failed port gives what it needed and what
 * the socket had, ovs-vswitchd's heap (when local) what is really free, and the validator's findings a fix the model
 * has checked. Causes other than memory get the fix their kind calls for.
 */
final class FailureAnalysis {

    private static final double MIB = 1 << 20;

    private FailureAnalysis() {
    }

    static Optional<MemoryFigures> memory(List<FailureDiagnosis> causes, Optional<Report> report, VswitchdProbe probe) {
        Optional<FailureDiagnosis> mempool = causes.stream().filter(c -> c.kind() == FailureKind.MEMPOOL).findFirst();
        if (mempool.isEmpty()) {
            return Optional.empty();
        }
        FailureDiagnosis cause = mempool.get();
        Optional<StepPrediction> step = report.flatMap(r -> r.steps().stream()
                .filter(s -> s.port().equals(cause.port())).reduce((first, last) -> last));
        int socket = cause.socket().orElse(step.map(StepPrediction::socket).orElse(0));
        Optional<HeapStats> heap = probe.heaps().stream().filter(h -> h.socket() == socket).findFirst();
        if (step.isEmpty() && heap.isEmpty()) {
            return Optional.empty();
        }
        double needed = step.map(s -> s.neededBytes() / MIB).orElse(Double.NaN);
        double available = step.map(s -> Math.max(0, s.availableBytes()) / MIB)
                .orElseGet(() -> heap.get().freeMib());
        return Optional.of(new MemoryFigures(cause.port(), socket, needed, available, heap));
    }

    static Optional<String> fix(List<FailureDiagnosis> causes, Optional<Report> report) {
        if (causes.isEmpty()) {
            return Optional.empty();
        }
        FailureDiagnosis cause = causes.get(0);
        Optional<String> modelled = report.flatMap(r -> r.findings().stream()
                .filter(f -> f.subject().equals(cause.port()) && f.fix().isPresent())
                .min((a, b) -> a.severity().compareTo(b.severity())).flatMap(Finding::fix));
        if (modelled.isPresent()) {
            return modelled.map(command -> "ovs-vsctl " + command);
        }
        switch (cause.kind()) {
            case DEVICE_NOT_ATTACHED:
                return Optional.of("check options:dpdk-devargs of " + cause.port() + ": a PCI address bound to"
                        + " vfio-pci (dpdk-devbind.py --bind=vfio-pci ADDR) or a valid vdev such as net_null0");
            case DEVARGS_MISSING:
                return Optional.of("ovs-vsctl set Interface " + cause.port() + " options:dpdk-devargs=<PCI address>");
            case DEVICE_IN_USE:
                return Optional.of("give " + cause.port() + " a device no other port uses");
            case DPDK_NOT_INITIALIZED:
                return Optional.of("ovs-vsctl set Open_vSwitch . other_config:dpdk-init=true, then restart"
                        + " ovs-vswitchd");
            case MTU_UNSUPPORTED:
                return Optional.of("ovs-vsctl set Interface " + cause.port() + " mtu_request=1500");
            default:
                return Optional.empty();
        }
    }
}
