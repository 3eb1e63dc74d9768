package io.ovsguard.validator.vswitchd;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Names the cause of a port failure. On OVS 3.1 the row of a port whose mempool failed says only "could not add
 * network device p1 to ofproto (Invalid argument)", and a failed MTU change leaves no error at all, so the log lines
 * are what tell a mempool failure from a bad device, a device in use or a missing driver.
 */
public final class Diagnostician {

    /** The more specific a cause, the earlier: a device that never attached never reached its mempool. */
    private static final List<FailureKind> PRECEDENCE = List.of(FailureKind.DPDK_NOT_INITIALIZED,
            FailureKind.DEVARGS_MISSING, FailureKind.DEVICE_IN_USE, FailureKind.DEVICE_NOT_ATTACHED,
            FailureKind.MTU_UNSUPPORTED, FailureKind.MEMPOOL, FailureKind.DEVICE_SETUP, FailureKind.UNKNOWN);

    private Diagnostician() {
    }

    /** The diagnosis of a port that is failed or stale; {@code logSignals} are the log's signals since the change. */
    public static FailureDiagnosis diagnose(InterfaceState port, List<PortSignal> logSignals) {
        List<PortSignal> relevant = new ArrayList<>();
        port.error().flatMap(LogSignals::parseLine).ifPresent(relevant::add);
        for (PortSignal signal : logSignals) {
            if (signal.concerns(port.name(), port.devargs())) {
                relevant.add(signal);
            }
        }
        Optional<PortSignal> cause = relevant.stream()
                .min((a, b) -> Integer.compare(PRECEDENCE.indexOf(a.kind()), PRECEDENCE.indexOf(b.kind())));
        List<String> evidence = new ArrayList<>();
        port.error().ifPresent(e -> evidence.add("Interface " + port.name() + " error: " + e));
        relevant.stream().map(PortSignal::line).filter(l -> !evidence.contains(l)).forEach(evidence::add);
        if (!port.failed() && port.inDatapath().isPresent() && !port.inDatapath().get()) {
            evidence.add("dpctl/show does not list " + port.name());
        }
        FailureKind kind = cause.map(PortSignal::kind).orElse(FailureKind.UNKNOWN);
        OptionalInt mtu = cause.map(PortSignal::mtu).orElse(OptionalInt.empty());
        OptionalInt socket = cause.map(PortSignal::socket).orElse(OptionalInt.empty());
        return new FailureDiagnosis(port.name(), kind, port.describe(), evidence, mtu, socket);
    }
}
