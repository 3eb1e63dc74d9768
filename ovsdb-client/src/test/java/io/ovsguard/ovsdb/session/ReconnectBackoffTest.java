package io.ovsguard.ovsdb.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReconnectBackoffTest {

    private final ReconnectBackoff backoff =
            new ReconnectBackoff(Duration.ofMillis(100), Duration.ofSeconds(2), 2.0, 0.5);

    @Test
    void ceilingDoublesUntilItReachesTheCap() {
        assertThat(backoff.ceiling(0)).isEqualTo(Duration.ofMillis(100));
        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofMillis(200));
        assertThat(backoff.ceiling(4)).isEqualTo(Duration.ofMillis(1600));
        assertThat(backoff.ceiling(5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.ceiling(500)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void jitterOnlyShortensTheDelayByAtMostItsFraction() {
        Random random = new Random(7);
        for (int attempt = 0; attempt < 40; attempt++) {
            Duration delay = backoff.delay(attempt, random);
            Duration ceiling = backoff.ceiling(attempt);
            assertThat(delay).isLessThanOrEqualTo(ceiling).isGreaterThanOrEqualTo(ceiling.dividedBy(2));
        }
    }

    @Test
    void seededRandomGivesTheSameDelaysEveryTime() {
        assertThat(delays(new Random(42))).isEqualTo(delays(new Random(42)));
        assertThat(delays(new Random(42))).isNotEqualTo(delays(new Random(43)));
    }

    @Test
    void zeroJitterGivesExactlyTheCeiling() {
        ReconnectBackoff exact = new ReconnectBackoff(Duration.ofMillis(10), Duration.ofMillis(50), 3.0, 0);
        assertThat(exact.delay(1, new Random())).isEqualTo(Duration.ofMillis(30));
        assertThat(exact.delay(2, new Random())).isEqualTo(Duration.ofMillis(50));
    }

    @Test
    void rejectsACapBelowTheInitialDelayAndJitterAboveOne() {
        assertThatThrownBy(() -> new ReconnectBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 2, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("below the initial");
        assertThatThrownBy(() -> new ReconnectBackoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 2, 1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jitter");
    }

    private List<Duration> delays(Random random) {
        List<Duration> delays = new ArrayList<>();
        for (int attempt = 0; attempt < 10; attempt++) {
            delays.add(backoff.delay(attempt, random));
        }
        return delays;
    }
}
