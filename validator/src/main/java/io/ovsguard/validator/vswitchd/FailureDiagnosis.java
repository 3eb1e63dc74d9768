package io.ovsguard.validator.vswitchd;

import java.util.List;
import java.util.OptionalInt;

/**
 * Why one port failed, from every signal available: the Interface row, the log since the change, the datapath.
 *
 * @param port     the Interface name
 * @param kind     the cause
 * @param state    the row as ovs-vswitchd left it ({@link InterfaceState#describe()})
 * @param evidence the signal lines the cause was read from (log lines, the error text)
 * @param mtu      the MTU the mempool line reports
 * @param socket   the NUMA socket the mempool line reports
 */
public record FailureDiagnosis(String port, FailureKind kind, String state, List<String> evidence, OptionalInt mtu,
                               OptionalInt socket) {

    public FailureDiagnosis {
        evidence = List.copyOf(evidence);
    }

    /** One line: {@code p1: the port's mbuf mempool could not be created (...) [error=... ofport=-1 ...]}. */
    public String summary() {
        return port + ": " + kind.explanation() + " [" + state + "]";
    }
}
