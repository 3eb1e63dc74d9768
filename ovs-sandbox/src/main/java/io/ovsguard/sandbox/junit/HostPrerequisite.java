package io.ovsguard.sandbox.junit;

import org.junit.jupiter.api.Assumptions;

/**
 * A prerequisite a test checks in its own body (a binary, a shell, sysfs): skipped with the reason
 * on a developer's machine that lacks it, but FAILED when the system property
 * {@value OvsEnvironmentCondition#STRICT_PARAMETER} is true, as CI sets it, so CI can never go
 * green by skipping. The annotation-driven twin is {@link OvsEnvironmentCondition}.
 */
public final class HostPrerequisite {

    private HostPrerequisite() {
    }

    public static void require(boolean present, String reason) {
        require(present, reason, Boolean.getBoolean(OvsEnvironmentCondition.STRICT_PARAMETER));
    }

    static void require(boolean present, String reason, boolean strict) {
        if (present) {
            return;
        }
        if (strict) {
            throw new AssertionError("host prerequisite missing (" + OvsEnvironmentCondition.STRICT_PARAMETER
                    + "=true, so this fails instead of skipping): " + reason);
        }
        Assumptions.abort("host prerequisite missing: " + reason);
    }
}
