package io.ovsguard.cli.guard;

import io.ovsguard.cli.parse.GlobalOptions;
import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.validator.host.HostTopology;
import io.ovsguard.validator.host.SysfsTopology;
import io.ovsguard.validator.report.Report;
import io.ovsguard.validator.rule.Validator;
import io.ovsguard.validator.source.SwitchConfigReader;
import io.ovsguard.validator.switchconf.ConfigChange;
import io.ovsguard.validator.switchconf.ProposedChange;
import io.ovsguard.validator.switchconf.SwitchConfig;
import java.util.List;
import java.util.Optional;

/** Reads the live switch and the host the options point at, and asks the validator about them. */
public final class ChangeChecker {

    /** Built on first use: most command lines change no DPDK memory and never ask (and a CLI is judged by its
     *  start-up time; the validator's rules start the logging backend). */
    private Validator validator;

    /**
     * Predicts {@code change} against the switch and host as they are now; empty when, seen against the switch, it
     * touches no DPDK interface after all (an MTU or options change of a system or internal port).
     */
    public Optional<Report> predict(GlobalOptions options, ProposedChange change) {
        SwitchConfig config = readSwitch(options);
        ProposedChange relevant = onDpdkInterfaces(config, change);
        return relevant.isEmpty() ? Optional.empty()
                : Optional.of(validator().validate(config, host(options), relevant));
    }

    /** Keeps interface changes only for interfaces that are DPDK ones (or are added as such in the same change). */
    static ProposedChange onDpdkInterfaces(SwitchConfig config, ProposedChange change) {
        List<ConfigChange> kept = change.changes().stream().filter(c -> !(c instanceof ConfigChange.SetInterface set)
                || change.changes().stream().anyMatch(o -> o instanceof ConfigChange.AddPort add
                        && add.name().equals(set.name()))
                || config.interfaceNamed(set.name()).map(i -> i.type().startsWith("dpdk")).orElse(false))
                .toList();
        return new ProposedChange(kept);
    }

    /** Audits the switch's whole current configuration against the host. */
    public Report audit(GlobalOptions options) {
        return validator().audit(readSwitch(options), host(options));
    }

    private synchronized Validator validator() {
        if (validator == null) {
            validator = new Validator();
        }
        return validator;
    }

    private static SwitchConfig readSwitch(GlobalOptions options) {
        try (BlockingOvsdbClient client = SwitchConnection.open(options)) {
            return new SwitchConfigReader(client).read();
        }
    }

    private static HostTopology host(GlobalOptions options) {
        return options.guard().sysfsRoot().map(SysfsTopology::read).orElseGet(SysfsTopology::readDefault);
    }
}
