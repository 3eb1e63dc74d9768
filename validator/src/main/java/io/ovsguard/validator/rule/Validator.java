package io.ovsguard.validator.rule;

import io.ovsguard.validator.host.HostTopology;
import io.ovsguard.validator.report.Finding;
import io.ovsguard.validator.report.Report;
import io.ovsguard.validator.switchconf.ProposedChange;
import io.ovsguard.validator.switchconf.SwitchConfig;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The validator's entry point: predicts what ovs-vswitchd will do with a proposed change (or with the current
 * configuration, for an audit) and reports findings. Pure: everything it reads is passed in.
 */
public final class Validator {

    private static final Logger log = LoggerFactory.getLogger(Validator.class);

    private final List<Rule> rules;

    public Validator() {
        this.rules = List.of(new ConfigRule(), new DpdkInitRule(), new DevargsRule(), new NumaRule(),
                new MtuRule(), new MempoolRule(), new AuditRule());
    }

    /** Predicts each step of {@code change} against the switch and host as they are now. */
    public Report validate(SwitchConfig config, HostTopology host, ProposedChange change) {
        ValidationContext ctx = ContextBuilder.build(config, host, change);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            findings.addAll(rule.evaluate(ctx));
        }
        log.debug("validated {} change(s) against {} interface(s): {} finding(s)", change.changes().size(),
                config.interfaces().size(), findings.size());
        return new Report(findings, change.isEmpty() ? ctx.replay() : ctx.steps());
    }

    /** Checks the whole current configuration: every existing DPDK port, as if the switch started now. */
    public Report audit(SwitchConfig config, HostTopology host) {
        return validate(config, host, ProposedChange.none());
    }
}
