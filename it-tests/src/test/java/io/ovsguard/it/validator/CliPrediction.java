package io.ovsguard.it.validator;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.ovsguard.it.support.OvsguardCli;
import io.ovsguard.sandbox.OvsSandbox;
import java.util.ArrayList;
import java.util.List;

/**
 * One step predicted the way an operator would ask: {@code ovsguard --json --dry-run ARGS} against the running
 * switch. The exit status must agree with the predicted outcome (0 when it would succeed, 3 when refused).
 */
record CliPrediction(String outcome, String detail) {

    static CliPrediction dryRun(OvsSandbox sandbox, List<String> args) {
        List<String> all = new ArrayList<>(List.of("--json", "--dry-run"));
        all.addAll(args);
        OvsguardCli.Result result = OvsguardCli.run(sandbox, all.toArray(String[]::new));
        JsonObject report;
        try {
            report = JsonParser.parseString(result.out()).getAsJsonObject();
        } catch (RuntimeException e) {
            throw new AssertionError("ovsguard --dry-run printed no JSON report (exit " + result.status() + "): "
                    + result.out() + result.err(), e);
        }
        JsonArray steps = report.getAsJsonArray("steps");
        if (steps.size() != 1) {
            throw new AssertionError("expected one predicted step for " + args + ", got " + steps);
        }
        JsonObject step = steps.get(0).getAsJsonObject();
        boolean blocking = report.get("blocking").getAsBoolean();
        int expectedStatus = blocking ? 3 : 0;
        if (result.status() != expectedStatus) {
            throw new AssertionError("exit status " + result.status() + " disagrees with blocking=" + blocking
                    + ": " + result.err());
        }
        String detail = String.format("predicted mbufs %s, T=%s B, margin %s MiB, cause %s, exit %d",
                step.has("mbufs") ? step.get("mbufs").getAsString() : "-", step.get("objectBytes").getAsString(),
                step.get("marginMiB").getAsString(), step.get("cause").getAsString(), result.status());
        return new CliPrediction(step.get("outcome").getAsString(), detail);
    }
}
