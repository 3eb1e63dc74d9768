package io.ovsguard.validator.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GuardOutcomeTest {

    private static GuardOutcome.Committed committed(List<String> restartOnly) {
        return new GuardOutcome.Committed("3b876468", Optional.empty(), List.of(), restartOnly, List.of());
    }

    @Test
    void aCommittedChangeNamesTheKeysThatWaitForARestartInAGrammaticalLine() {
        assertThat(committed(List.of()).summary()).isEqualTo("committed");
        assertThat(committed(List.of("dpdk-socket-mem")).summary())
                .isEqualTo("committed; dpdk-socket-mem takes effect when ovs-vswitchd restarts");
        assertThat(committed(List.of("dpdk-socket-limit", "dpdk-socket-mem")).summary())
                .isEqualTo("committed; dpdk-socket-limit, dpdk-socket-mem take effect when ovs-vswitchd restarts");
    }
}
