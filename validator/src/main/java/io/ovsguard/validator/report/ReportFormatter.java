package io.ovsguard.validator.report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.ovsguard.validator.memory.StepPrediction;
import java.util.Locale;

/** Renders a {@link Report} as readable text (for stderr) or as JSON (for pipelines and hooks). */
public final class ReportFormatter {

    private static final double MIB = 1 << 20;

    private ReportFormatter() {
    }

    public static String text(Report report) {
        StringBuilder out = new StringBuilder();
        for (StepPrediction s : report.steps()) {
            out.append(String.format(Locale.ROOT, "predict %-6s %s %s on socket %d: %s%n", s.outcome().label(),
                    s.action(), s.port(), s.socket(), stepSummary(s)));
        }
        for (Finding f : report.findings()) {
            out.append(f.severity().label()).append(": ").append(f.id()).append(": ").append(f.subject())
                    .append(": ").append(f.message()).append(System.lineSeparator());
            f.fix().ifPresent(fix -> out.append("  fix: ").append(fix).append(System.lineSeparator()));
            for (String e : f.evidence()) {
                out.append("  evidence: ").append(e).append(System.lineSeparator());
            }
        }
        out.append(report.hasBlocking() ? "result: the change would fail" : "result: no blocking finding")
                .append(System.lineSeparator());
        return out.toString();
    }

    private static String stepSummary(StepPrediction s) {
        String pool = s.mbufs().isPresent()
                ? (s.reused() ? "reuses " : "") + s.mbufs().getAsInt() + " mbufs x " + s.objectBytes() + " B"
                : "no pool";
        return String.format(Locale.ROOT, "%s, needs %.1f MiB of %.1f MiB free (margin %.1f MiB)", pool,
                s.neededBytes() / MIB, s.availableBytes() / MIB, s.marginMib());
    }

    public static String json(Report report) {
        JsonObject root = new JsonObject();
        root.addProperty("blocking", report.hasBlocking());
        JsonArray steps = new JsonArray();
        for (StepPrediction s : report.steps()) {
            JsonObject o = new JsonObject();
            o.addProperty("port", s.port());
            o.addProperty("action", s.action());
            o.addProperty("outcome", s.outcome().label());
            o.addProperty("socket", s.socket());
            o.addProperty("mtu", s.mtu());
            if (s.mbufs().isPresent()) {
                o.addProperty("mbufs", s.mbufs().getAsInt());
            }
            o.addProperty("objectBytes", s.objectBytes());
            o.addProperty("reusedPool", s.reused());
            JsonArray attempts = new JsonArray();
            s.attempts().forEach(attempts::add);
            o.add("requests", attempts);
            o.addProperty("neededMiB", round(s.neededBytes() / MIB));
            o.addProperty("availableMiB", round(s.availableBytes() / MIB));
            o.addProperty("marginMiB", round(s.marginMib()));
            o.addProperty("cause", s.cause().name().toLowerCase(Locale.ROOT));
            steps.add(o);
        }
        root.add("steps", steps);
        JsonArray findings = new JsonArray();
        for (Finding f : report.findings()) {
            JsonObject o = new JsonObject();
            o.addProperty("severity", f.severity().label());
            o.addProperty("id", f.id());
            o.addProperty("subject", f.subject());
            o.addProperty("message", f.message());
            JsonArray evidence = new JsonArray();
            f.evidence().forEach(evidence::add);
            o.add("evidence", evidence);
            f.fix().ifPresent(fix -> o.addProperty("fix", fix));
            if (f.marginMib().isPresent()) {
                o.addProperty("marginMiB", round(f.marginMib().getAsDouble()));
            }
            findings.add(o);
        }
        root.add("findings", findings);
        return new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create().toJson(root);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
