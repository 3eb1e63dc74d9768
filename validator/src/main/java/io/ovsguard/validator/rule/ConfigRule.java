package io.ovsguard.validator.rule;

import io.ovsguard.validator.report.Finding;
import io.ovsguard.validator.report.Severity;
import io.ovsguard.validator.switchconf.ConfigSyntaxException;
import java.util.ArrayList;
import java.util.List;

/** Malformed or ignored values, quoted as written; assumed versions; options OVS says it ignores. */
final class ConfigRule implements Rule {

    @Override
    public List<Finding> evaluate(ValidationContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (ConfigSyntaxException e : ctx.problems()) {
            out.add(malformed("Open_vSwitch", e));
        }
        for (PortResolution port : ctx.ports().values()) {
            if (port.proposed() || ctx.change().isEmpty()) {
                port.malformed().forEach(e -> out.add(malformed(port.name(), e)));
                port.ignored().forEach(e -> out.add(Finding.of(Severity.WARNING, RuleIds.CONFIG_IGNORED, port.name(),
                        e.getMessage(), List.of(e.key() + " = \"" + e.text() + "\""))));
            }
        }
        for (String note : ctx.model().notes()) {
            String id = ctx.model().versionAssumed() && note.startsWith("OVS version")
                    ? RuleIds.VERSION_ASSUMED : RuleIds.CONFIG_IGNORED;
            out.add(Finding.of(Severity.WARNING, id, "Open_vSwitch", note,
                    List.of("Open_vSwitch ovs_version = \"" + ctx.config().effectiveOvsVersion().orElse("") + "\"")));
        }
        return out;
    }

    private static Finding malformed(String subject, ConfigSyntaxException e) {
        return Finding.of(Severity.ERROR, RuleIds.CONFIG_MALFORMED, subject, e.getMessage(),
                List.of(e.key() + " = \"" + e.text() + "\""));
    }
}
