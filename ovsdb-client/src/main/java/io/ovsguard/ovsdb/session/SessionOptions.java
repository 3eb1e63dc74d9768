package io.ovsguard.ovsdb.session;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * How a session reconnects and how long its calls wait. The inactivity probe that detects a dead
 * peer is the connection's own ({@link io.ovsguard.ovsdb.ClientOptions#inactivityProbe()}), given to
 * the connector.
 *
 * @param backoff delays between connection attempts
 * @param connectWait how long a call made while disconnected waits for a connection before failing
 * @param outcomeCheckWait how long the session keeps trying to settle an unknown outcome
 * @param jitterSeed seeds the backoff jitter, for repeatable tests; empty for a random seed
 */
public record SessionOptions(ReconnectBackoff backoff, Duration connectWait, Duration outcomeCheckWait,
        OptionalLong jitterSeed) {

    public SessionOptions {
        Objects.requireNonNull(backoff, "backoff");
        requirePositive(connectWait, "connectWait");
        requirePositive(outcomeCheckWait, "outcomeCheckWait");
        Objects.requireNonNull(jitterSeed, "jitterSeed");
    }

    public static SessionOptions defaults() {
        return new SessionOptions(ReconnectBackoff.DEFAULT, Duration.ofSeconds(30), Duration.ofSeconds(60),
                OptionalLong.empty());
    }

    public SessionOptions withBackoff(ReconnectBackoff newBackoff) {
        return new SessionOptions(newBackoff, connectWait, outcomeCheckWait, jitterSeed);
    }

    public SessionOptions withConnectWait(Duration wait) {
        return new SessionOptions(backoff, wait, outcomeCheckWait, jitterSeed);
    }

    public SessionOptions withOutcomeCheckWait(Duration wait) {
        return new SessionOptions(backoff, connectWait, wait, jitterSeed);
    }

    public SessionOptions withJitterSeed(long seed) {
        return new SessionOptions(backoff, connectWait, outcomeCheckWait, OptionalLong.of(seed));
    }

    /** A fresh random source for one session's jitter. */
    RandomGenerator newRandom() {
        return jitterSeed.isPresent() ? new Random(jitterSeed.getAsLong()) : new Random();
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }
}
