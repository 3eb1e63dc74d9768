package io.ovsguard.cli.demo;

import io.ovsguard.validator.guard.GuardOutcome;
import io.ovsguard.validator.report.ReportFormatter;
import io.ovsguard.validator.vswitchd.FailureDiagnosis;
import io.ovsguard.validator.vswitchd.InterfaceState;
import java.io.PrintStream;

/** Prints a guarded change's outcome for the demo: the steps, then what matters for its kind. */
final class OutcomePrinter {

    private final PrintStream out;

    OutcomePrinter(PrintStream out) {
        this.out = out;
    }

    void print(GuardOutcome outcome) {
        outcome.steps().forEach(step -> out.println("   - " + step));
        if (outcome instanceof GuardOutcome.Refused refused) {
            out.println("   REFUSED: " + refused.reason());
            refused.report().ifPresent(r -> ReportFormatter.text(r).lines().forEach(l -> out.println("     " + l)));
        } else if (outcome instanceof GuardOutcome.RolledBack back) {
            out.println("   ROLLED BACK (guard " + back.guardId() + ")");
            back.causes().forEach(this::cause);
            back.memory().ifPresent(m -> out.println("     memory: " + m.summary()));
            back.fix().ifPresent(f -> out.println("     fix:    " + f));
            out.println("     database: " + (back.identical() ? "identical to the snapshot taken before the change"
                    : "differs: " + back.differences()));
            back.restoredInterfaces().forEach(i -> interfaceLine("restored", i));
        } else if (outcome instanceof GuardOutcome.Committed committed) {
            out.println("   COMMITTED (guard " + committed.guardId() + ", marks removed)");
            committed.interfaces().forEach(i -> interfaceLine("up", i));
        } else {
            out.println("   " + outcome.summary());
        }
    }

    private void cause(FailureDiagnosis cause) {
        out.println("     cause:  " + cause.summary());
        cause.evidence().forEach(line -> out.println("             " + line));
    }

    private void interfaceLine(String label, InterfaceState state) {
        out.println("     " + label + ": Interface " + state.name() + " " + state.describe());
    }
}
