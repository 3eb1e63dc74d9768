package io.ovsguard.cli.guard;

import io.ovsguard.cli.call.CliStreams;
import io.ovsguard.cli.call.ExitCodes;
import io.ovsguard.cli.parse.GlobalOptions;
import io.ovsguard.cli.parse.OutputFormat;
import io.ovsguard.validator.report.Report;
import io.ovsguard.validator.report.ReportFormatter;

/**
 * {@code ovsguard check}: audits the whole current configuration. The report is the command's output, so it goes
 * to stdout; the exit status tells hooks and pipelines whether anything blocks.
 */
final class CheckCommand {

    private final ChangeChecker checker;

    CheckCommand(ChangeChecker checker) {
        this.checker = checker;
    }

    int run(GlobalOptions options, CliStreams streams) {
        Report report = checker.audit(options);
        if (options.guard().json() || options.tableStyle().format() == OutputFormat.JSON) {
            streams.out().println(ReportFormatter.json(report));
        } else {
            streams.out().print(ReportFormatter.text(report));
        }
        return report.hasBlocking() ? ExitCodes.REFUSED : ExitCodes.SUCCESS;
    }
}
