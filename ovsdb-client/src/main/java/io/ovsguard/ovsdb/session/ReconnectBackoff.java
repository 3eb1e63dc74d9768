package io.ovsguard.ovsdb.session;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Capped exponential backoff with jitter: attempt {@code n} (from 0) waits
 * {@code min(max, initial * multiplier^n)}, reduced by a random fraction of at most {@code jitter}
 * so that many clients of one restarted server do not all come back at once. A pure function of the
 * attempt number and the random source, so a seeded source makes it repeatable.
 *
 * @param jitter between 0 (no jitter) and 1 (anywhere between 0 and the capped delay)
 */
public record ReconnectBackoff(Duration initial, Duration max, double multiplier, double jitter) {

    public static final ReconnectBackoff DEFAULT =
            new ReconnectBackoff(Duration.ofMillis(100), Duration.ofSeconds(8), 2.0, 0.5);

    public ReconnectBackoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero()) {
            throw new IllegalArgumentException("initial backoff must be positive: " + initial);
        }
        if (max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("max backoff " + max + " is below the initial " + initial);
        }
        if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("multiplier must be at least 1: " + multiplier);
        }
        if (!(jitter >= 0.0 && jitter <= 1.0)) {
            throw new IllegalArgumentException("jitter must be between 0 and 1: " + jitter);
        }
    }

    /** The capped delay before attempt {@code attempt}, without jitter. */
    public Duration ceiling(int attempt) {
        if (attempt < 0) {
            throw new IllegalArgumentException("negative attempt " + attempt);
        }
        double nanos = initial.toNanos() * Math.pow(multiplier, attempt);
        return nanos >= max.toNanos() ? max : Duration.ofNanos((long) nanos);
    }

    /** The delay before attempt {@code attempt}: the ceiling minus up to {@code jitter} of it. */
    public Duration delay(int attempt, RandomGenerator random) {
        Duration ceiling = ceiling(attempt);
        double cut = jitter == 0 ? 0 : random.nextDouble() * jitter;
        return Duration.ofNanos((long) (ceiling.toNanos() * (1.0 - cut)));
    }
}
