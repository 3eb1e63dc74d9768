package io.ovsguard.bench.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;

/** Prints row groups as aligned tables and the ratios the issue sets targets for. */
final class Report {

    private final PrintStream out;

    Report(PrintStream out) {
        this.out = out;
    }

    void section(String title) {
        out.println();
        out.println("== " + title);
    }

    void note(String text) {
        out.println("   " + text);
    }

    void group(RowGroup group) {
        out.printf("   %-44s %9s %9s %9s  %s%n", group.operation(), "wall ms", "cpu ms", "peak MB", "same result");
        for (Map.Entry<String, RowStats> row : group.rows().entrySet()) {
            RowStats stats = row.getValue();
            String same = Optional.ofNullable(group.sameAsReference().get(row.getKey()))
                    .map(yes -> yes ? "yes" : "NO").orElse("");
            if (stats.available()) {
                out.printf("     %-42s %9.1f %9.1f %9.1f  %s%n", row.getKey(), stats.medianWallMillis(),
                        stats.meanCpuMillis(), stats.medianPeakRssMb(), same);
            } else {
                out.printf("     %-42s %s%n", row.getKey(), stats.unavailable().orElseThrow());
            }
        }
    }

    /** {@code numerator/denominator} of two rows' median wall times, against a target such as "<= 1.5". */
    void ratio(RowGroup group, String numerator, String denominator, String target) {
        String what = String.format("%s/%s  %s", numerator, denominator, group.operation());
        Optional<RowStats> top = group.row(numerator);
        Optional<RowStats> bottom = group.row(denominator);
        if (top.isEmpty() || bottom.isEmpty()) {
            out.printf("RATIO %-70s not measured%n", what);
        } else if (!top.get().available() || !bottom.get().available()) {
            String reason = top.get().unavailable().or(() -> bottom.get().unavailable()).orElseThrow();
            out.printf("RATIO %-70s %s%n", what, reason);
        } else {
            double value = top.get().medianWallMillis() / bottom.get().medianWallMillis();
            out.printf("RATIO %-70s %7.2f  target %s  %s%n", what, value, target, verdict(value, target));
        }
    }

    private static String verdict(double value, String target) {
        String[] parts = target.split(" ");
        if (parts.length != 2) {
            return "";
        }
        double bound = Double.parseDouble(parts[1]);
        boolean met = parts[0].equals("<=") ? value <= bound : value >= bound;
        return met ? "met" : "MISSED";
    }
}
