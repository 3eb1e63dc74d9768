package io.ovsguard.validator.rule;

import io.ovsguard.validator.report.Finding;
import io.ovsguard.validator.report.Severity;
import io.ovsguard.validator.switchconf.SwitchConfig;
import java.util.ArrayList;
import java.util.List;

/** DPDK must be enabled for a dpdk port to exist; memory options only apply after a restart. */
final class DpdkInitRule implements Rule {

    @Override
    public List<Finding> evaluate(ValidationContext ctx) {
        List<Finding> out = new ArrayList<>();
        boolean wantsDpdk = ctx.ports().values().stream().anyMatch(p -> p.proposed() || ctx.change().isEmpty());
        if (!ctx.dpdkEnabled() && wantsDpdk) {
            out.add(Finding.of(Severity.ERROR, RuleIds.DPDK_INIT_DISABLED, "Open_vSwitch",
                    "other_config:dpdk-init is not true, so every dpdk port fails with \"could not open network "
                            + "device (Address family not supported by protocol)\"",
                    List.of("Open_vSwitch other_config:dpdk-init = \""
                            + ctx.config().other(SwitchConfig.DPDK_INIT).orElse("(unset)") + "\""))
                    .withFix("set Open_vSwitch . other_config:dpdk-init=true"));
        }
        if (ctx.restart()) {
            out.add(Finding.of(Severity.INFO, RuleIds.DPDK_RESTART_REQUIRED, "Open_vSwitch",
                    "DPDK reads these other_config values only at start: they apply after ovs-vswitchd restarts, and"
                            + " the predictions are for the restarted switch",
                    List.of("proposed other_config change")));
        }
        return out;
    }
}
