package io.ovsguard.sandbox.junit;

import io.ovsguard.sandbox.KernelHugepageCounters;
import io.ovsguard.sandbox.OvsBinaries;
import java.lang.reflect.AnnotatedElement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Evaluates {@link RequiresOvs}, {@link RequiresHugepages} and {@link RequiresDpdk}. A host that lacks something
 * skips the test with the reason; with the configuration parameter or system property
 * {@value #STRICT_PARAMETER}{@code =true} the test fails instead, so CI can never pass by skipping.
 */
public final class OvsEnvironmentCondition implements ExecutionCondition {
    public static final String STRICT_PARAMETER = "ovsguard.it.strict";
    private static final Path POOL_FILE = Path.of("/sys/kernel/mm/hugepages/hugepages-2048kB/nr_hugepages");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        List<HostRequirement> required = requirements(context.getElement());
        if (required.isEmpty()) {
            return ConditionEvaluationResult.enabled("no host requirements");
        }
        HostRequirement.Host host = HostRequirement.Host.probe(OvsBinaries.debian(), new KernelHugepageCounters(),
                POOL_FILE);
        boolean strict = context.getConfigurationParameter(STRICT_PARAMETER).map(Boolean::parseBoolean).orElse(false);
        return verdict(required, host, strict);
    }

    /** Enabled, disabled with the reasons, or (strict) an error carrying the reasons. */
    static ConditionEvaluationResult verdict(List<HostRequirement> required, HostRequirement.Host host,
            boolean strict) {
        List<String> problems = new ArrayList<>();
        for (HostRequirement r : required) {
            for (String p : r.problems(host)) {
                if (!problems.contains(p)) {
                    problems.add(p);
                }
            }
        }
        if (problems.isEmpty()) {
            return ConditionEvaluationResult.enabled("host has " + required);
        }
        String reason = String.join("; ", problems);
        if (strict) {
            throw new IllegalStateException(STRICT_PARAMETER + "=true and this host cannot run the test: " + reason
                    + " (run scripts/install-deps.sh as root)");
        }
        return ConditionEvaluationResult.disabled("host cannot run it: " + reason);
    }

    private static List<HostRequirement> requirements(Optional<AnnotatedElement> element) {
        List<HostRequirement> required = new ArrayList<>();
        if (AnnotationSupport.isAnnotated(element, RequiresOvs.class)) {
            required.add(HostRequirement.OVS);
        }
        if (AnnotationSupport.isAnnotated(element, RequiresHugepages.class)) {
            required.add(HostRequirement.HUGEPAGES);
        }
        if (AnnotationSupport.isAnnotated(element, RequiresDpdk.class)) {
            required.add(HostRequirement.DPDK);
        }
        return List.copyOf(required);
    }
}
