package io.ovsguard.cli.guard;

import io.ovsguard.validator.report.Report;
import io.ovsguard.validator.report.ReportFormatter;
import java.io.PrintStream;

/**
 * Where a report goes. Readable text goes to stderr, so that a guarded command's stdout stays exactly what
 * ovs-vsctl would print; JSON ({@code --json}) goes to stdout, where pipelines read it.
 */
record FindingsPrinter(PrintStream out, PrintStream err, boolean json) {

    void print(Report report) {
        if (json) {
            out.println(ReportFormatter.json(report));
        } else {
            err.print(ReportFormatter.text(report));
        }
    }
}
