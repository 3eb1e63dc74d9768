package io.ovsguard.validator.report;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One result of a rule.
 *
 * @param id        stable rule id, e.g. {@code mempool.insufficient}
 * @param subject   what it is about: a port name, {@code node2}, {@code Open_vSwitch}
 * @param message   one line
 * @param evidence  the sysfs paths and database values it read, as {@code path = value} lines
 * @param fix       a concrete command the model says works, ovs-vsctl style where the fix is in the database
 * @param marginMib predicted free memory after the step on the port's socket (negative: the deficit)
 */
public record Finding(Severity severity, String id, String subject, String message, List<String> evidence,
                      Optional<String> fix, OptionalDouble marginMib) {

    public Finding {
        if (message.contains("\n")) {
            throw new IllegalArgumentException("a finding's message is one line: " + message);
        }
        evidence = List.copyOf(evidence);
    }

    public static Finding of(Severity severity, String id, String subject, String message, List<String> evidence) {
        return new Finding(severity, id, subject, message, evidence, Optional.empty(), OptionalDouble.empty());
    }

    public Finding withFix(String command) {
        return new Finding(severity, id, subject, message, evidence, Optional.of(command), marginMib);
    }

    public Finding withMargin(double mib) {
        return new Finding(severity, id, subject, message, evidence, fix, OptionalDouble.of(mib));
    }

    public boolean blocking() {
        return severity == Severity.ERROR;
    }
}
