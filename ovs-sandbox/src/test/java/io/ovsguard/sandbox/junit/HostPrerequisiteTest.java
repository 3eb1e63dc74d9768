package io.ovsguard.sandbox.junit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class HostPrerequisiteTest {

    @Test
    void presentPrerequisiteLetsTheTestRun() {
        assertThatCode(() -> HostPrerequisite.require(true, "x", true)).doesNotThrowAnyException();
        assertThatCode(() -> HostPrerequisite.require(true, "x", false)).doesNotThrowAnyException();
    }

    @Test
    void missingPrerequisiteSkipsWithTheReasonWhenNotStrict() {
        assertThatThrownBy(() -> HostPrerequisite.require(false, "needs /usr/bin/ovs-vsctl", false))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("needs /usr/bin/ovs-vsctl");
    }

    @Test
    void missingPrerequisiteFailsWhenStrict() {
        assertThatThrownBy(() -> HostPrerequisite.require(false, "needs /usr/bin/ovs-vsctl", true))
                .isInstanceOf(AssertionError.class).hasMessageContaining("needs /usr/bin/ovs-vsctl")
                .hasMessageContaining("fails instead of skipping");
    }
}
