package io.ovsguard.sandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to build a {@link ClusterSandbox}: how many members, which OVS programs and schema, where the directory goes and
 * how long starts and stops may take.
 *
 * @param members       number of Raft members, at least 1 (3 tolerates one failure, 5 two)
 * @param electionTimer Raft election timer; OVS's default is 1 s, and a shorter one makes fault tests faster
 */
public record ClusterSpec(int members, OvsBinaries binaries, Path tempRoot, Duration startTimeout,
        Duration stopTimeout, Duration electionTimer) {

    public static final int DEFAULT_MEMBERS = 3;
    /** OVS's own default; {@code cluster/change-election-timer} can at most double it per call. */
    public static final Duration DEFAULT_ELECTION_TIMER = Duration.ofSeconds(1);

    public ClusterSpec {
        if (members < 1) {
            throw new IllegalArgumentException("a cluster needs at least one member, not " + members);
        }
        Objects.requireNonNull(binaries, "binaries");
        Objects.requireNonNull(tempRoot, "tempRoot");
        requirePositive(startTimeout, "startTimeout");
        requirePositive(stopTimeout, "stopTimeout");
        requirePositive(electionTimer, "electionTimer");
        if (electionTimer.toMillis() < 100) {
            throw new IllegalArgumentException("OVS refuses election timers under 100 ms, not " + electionTimer);
        }
    }

    /** Three members with the Debian programs under /tmp, OVS's default election timer. */
    public static ClusterSpec defaults() {
        return new ClusterSpec(DEFAULT_MEMBERS, OvsBinaries.debian(), Path.of("/tmp"), Duration.ofSeconds(60),
                Duration.ofSeconds(10), DEFAULT_ELECTION_TIMER);
    }

    public ClusterSpec withMembers(int count) {
        return new ClusterSpec(count, binaries, tempRoot, startTimeout, stopTimeout, electionTimer);
    }

    public ClusterSpec withTempRoot(Path root) {
        return new ClusterSpec(members, binaries, root, startTimeout, stopTimeout, electionTimer);
    }

    public ClusterSpec withStartTimeout(Duration timeout) {
        return new ClusterSpec(members, binaries, tempRoot, timeout, stopTimeout, electionTimer);
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, not " + d);
        }
    }
}
