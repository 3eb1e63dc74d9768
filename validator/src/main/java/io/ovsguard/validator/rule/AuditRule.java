package io.ovsguard.validator.rule;

import io.ovsguard.validator.report.Finding;
import io.ovsguard.validator.report.Severity;
import io.ovsguard.validator.switchconf.ExistingInterface;
import java.util.ArrayList;
import java.util.List;

/** In an audit, existing rows that show a failed add or an MTU change that was never applied. */
final class AuditRule implements Rule {

    @Override
    public List<Finding> evaluate(ValidationContext ctx) {
        List<Finding> out = new ArrayList<>();
        if (!ctx.change().isEmpty()) {
            return out;
        }
        for (ExistingInterface i : ctx.originalConfig().interfaces()) {
            if (!i.isDpdk()) {
                continue;
            }
            List<String> evidence = List.of("Interface " + i.name() + " error = \"" + i.error().orElse("") + "\"",
                    "Interface " + i.name() + " ofport = " + (i.ofport().isPresent() ? i.ofport().getAsLong() : "[]"),
                    "Interface " + i.name() + " mtu = " + (i.mtu().isPresent() ? i.mtu().getAsLong() : "[]")
                            + ", mtu_request = " + (i.mtuRequest().isPresent() ? i.mtuRequest().getAsLong() : "[]"));
            if (i.failed()) {
                out.add(Finding.of(Severity.ERROR, RuleIds.PORT_FAILED, i.name(), "the port failed to be added and"
                        + " ovs-vswitchd retries it at every reconfiguration", evidence));
            } else if (i.stale() && !ctx.model().profile().takesMtu(i.mtuRequest().getAsLong())) {
                // the request was refused as unsupported: the port works, at its old MTU
                out.add(MtuRule.finding(ctx, i.name(), i.mtuRequest().getAsLong(), i.mtu().getAsLong()));
            } else if (i.stale()) {
                out.add(Finding.of(Severity.ERROR, RuleIds.PORT_STALE, i.name(), "mtu " + i.mtu().getAsLong()
                        + " differs from mtu_request " + i.mtuRequest().getAsLong() + ": the MTU change failed and "
                        + "the port is most likely not in the datapath", evidence)
                        .withFix("set Interface " + i.name() + " mtu_request=" + i.mtu().getAsLong()));
            }
        }
        return out;
    }
}
