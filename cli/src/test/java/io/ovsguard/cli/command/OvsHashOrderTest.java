package io.ovsguard.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OvsHashOrderTest {

    @Test
    void keysInOneBucketComeBackReversedOnceForEveryTimeTheTableGrew() {
        // Two entries: inserted newest-first into one bucket, then re-chained (reversed) when the table grows.
        assertThat(OvsHashOrder.indices(List.of("--x", "--x"))).containsExactly(0, 1);
        // Three entries in four buckets: no further growth, so the third goes to the head of the chain.
        assertThat(OvsHashOrder.indices(List.of("--x", "--x", "--x"))).containsExactly(2, 0, 1);
    }

    @Test
    void bucketMasksGrowLikeOvsHmap() {
        assertThat(OvsHashOrder.maskFor(2)).isEqualTo(3);
        assertThat(OvsHashOrder.maskFor(8)).isEqualTo(7);
        assertThat(OvsHashOrder.maskFor(9)).isEqualTo(7);
        assertThat(OvsHashOrder.maskFor(16)).isEqualTo(15);
    }

    @Test
    void orderIsAPermutationOfTheKeys() {
        List<String> keys = CommandTables.VSCTL_REGISTRATION_ORDER;

        assertThat(OvsHashOrder.of(keys)).containsExactlyInAnyOrderElementsOf(keys).isNotEqualTo(keys);
    }
}
