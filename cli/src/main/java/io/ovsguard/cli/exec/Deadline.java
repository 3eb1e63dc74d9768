package io.ovsguard.cli.exec;

import java.time.InstantSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The {@code --timeout} of a whole run: every blocking step gets at most the time that is left. */
final class Deadline {

    /** How long a step may block when there is no deadline: effectively forever, as ovs-vsctl waits. */
    private static final Duration FOREVER = Duration.ofDays(365);

    private final InstantSource clock;
    private final Optional<Instant> end;

    private Deadline(InstantSource clock, Optional<Instant> end) {
        this.clock = clock;
        this.end = end;
    }

    static Deadline after(InstantSource clock, Optional<Duration> timeout) {
        return new Deadline(clock, timeout.map(t -> clock.instant().plus(t)));
    }

    boolean isLimited() {
        return end.isPresent();
    }

    /** The time left; throws {@link TimeoutExpiredException} when none is. */
    Duration remaining() {
        if (end.isEmpty()) {
            return FOREVER;
        }
        Duration left = Duration.between(clock.instant(), end.get());
        if (left.isNegative() || left.isZero()) {
            throw new TimeoutExpiredException();
        }
        return left;
    }

    boolean expired() {
        return end.isPresent() && !clock.instant().isBefore(end.get());
    }
}
