package io.ovsguard.cli.guard;

import io.ovsguard.cli.call.ExitCodes;
import io.ovsguard.validator.guard.GuardOutcome;
import io.ovsguard.validator.report.ReportFormatter;
import io.ovsguard.validator.vswitchd.FailureDiagnosis;
import java.io.PrintStream;
import java.util.List;

/**
 * Tells the operator what a guarded change came to, on stderr (stdout stays ovs-vsctl's), and maps it to an exit
 * status: 0 committed, 3 refused, 4 a port failed (rolled back, or kept with --no-rollback), 5 indeterminate.
 */
final class OutcomeReport {

    private OutcomeReport() {
    }

    private static List<FailureDiagnosis> causes(GuardOutcome outcome) {
        if (outcome instanceof GuardOutcome.RolledBack rolledBack) {
            return rolledBack.causes();
        }
        if (outcome instanceof GuardOutcome.Failed failed) {
            return failed.causes();
        }
        return outcome instanceof GuardOutcome.Indeterminate unknown ? unknown.causes() : List.of();
    }

    static int print(GuardOutcome outcome, PrintStream err, String program, boolean quietOnSuccess) {
        if (outcome instanceof GuardOutcome.Committed committed) {
            // a setting that waits for an ovs-vswitchd restart must be said even when the run is otherwise quiet
            if (!quietOnSuccess || !committed.restartOnly().isEmpty()) {
                err.println(program + ": " + outcome.summary());
            }
            return ExitCodes.SUCCESS;
        }
        if (outcome instanceof GuardOutcome.Refused refused) {
            refused.report().ifPresent(r -> err.print(ReportFormatter.text(r)));
        }
        for (String step : outcome.steps()) {
            err.println("  " + step);
        }
        causes(outcome).forEach(cause -> cause.evidence().forEach(line -> err.println("  evidence: " + line)));
        err.println(program + ": " + outcome.summary());
        if (outcome instanceof GuardOutcome.Refused) {
            return ExitCodes.REFUSED;
        }
        if (outcome instanceof GuardOutcome.RolledBack || outcome instanceof GuardOutcome.Failed) {
            return ExitCodes.PORT_FAILED;
        }
        return ExitCodes.INDETERMINATE;
    }
}
