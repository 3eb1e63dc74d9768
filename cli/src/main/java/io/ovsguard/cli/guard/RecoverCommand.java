package io.ovsguard.cli.guard;

import io.ovsguard.cli.call.CliStreams;
import io.ovsguard.cli.call.ExitCodes;
import io.ovsguard.cli.parse.GlobalOptions;
import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.validator.guard.GuardOutcome;
import io.ovsguard.validator.guard.GuardRecovery;
import java.util.List;

/**
 * {@code ovsguard recover}: settles guarded changes whose guard died between commit and settlement (found by their
 * crash marks). With {@code --dry-run} it only lists them. Exit status 0 when nothing is left unsettled.
 */
final class RecoverCommand {

    int run(GlobalOptions options, CliStreams streams) {
        try (BlockingOvsdbClient client = SwitchConnection.open(options)) {
            GuardRecovery recovery = new GuardRecovery(client,
                    LocalVswitchd.probe(options, streams.environment()));
            if (options.dryRun()) {
                List<String> pending = recovery.pending();
                pending.forEach(id -> streams.out().println("unsettled guarded change " + id));
                streams.out().println(pending.size() + " unsettled guarded change(s)");
                return ExitCodes.SUCCESS;
            }
            List<GuardOutcome> outcomes = recovery.recoverAll(GuardSettings.of(options));
            int status = ExitCodes.SUCCESS;
            for (GuardOutcome outcome : outcomes) {
                streams.out().println(outcome.guardId() + ": " + outcome.summary());
                outcome.steps().forEach(step -> streams.out().println("  " + step));
                if (outcome instanceof GuardOutcome.Indeterminate) {
                    status = ExitCodes.INDETERMINATE;
                }
            }
            streams.out().println(outcomes.size() + " guarded change(s) settled");
            return status;
        }
    }
}
