package io.ovsguard.validator.rule;

import io.ovsguard.validator.host.HostTopology;
import io.ovsguard.validator.memory.StepPrediction;
import io.ovsguard.validator.memory.SwitchModel;
import io.ovsguard.validator.switchconf.ConfigSyntaxException;
import io.ovsguard.validator.switchconf.ProposedChange;
import io.ovsguard.validator.switchconf.SwitchConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the rules read, computed once and immutable: the parsed switch, the resolved ports and the memory
 * simulation (replay of the existing ports, then one prediction per step of the proposed change).
 *
 * @param config        the configuration after the change (other_config updates applied)
 * @param running       ovs-vswitchd has DPDK initialised
 * @param dpdkEnabled   other_config:dpdk-init enables DPDK
 * @param replay        predictions for the existing ports, in replay order
 * @param steps         predictions for the proposed change, in order
 * @param restart       the change touches options read only at DPDK start
 * @param originalConfig the configuration before the change, as given
 * @param originalHost  the host as given (before any restart releases hugepages)
 */
public record ValidationContext(SwitchConfig config, HostTopology host, ProposedChange change, SwitchModel model,
                                boolean running, boolean dpdkEnabled, List<ConfigSyntaxException> problems,
                                Map<String, PortResolution> ports, List<StepPrediction> replay,
                                List<StepPrediction> steps, boolean restart, SwitchConfig originalConfig,
                                HostTopology originalHost) {

    public ValidationContext {
        problems = List.copyOf(problems);
        ports = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ports));
        replay = List.copyOf(replay);
        steps = List.copyOf(steps);
    }

    public Optional<PortResolution> port(String name) {
        return Optional.ofNullable(ports.get(name));
    }
}
