package io.ovsguard.it.cluster;

import java.util.List;

/**
 * What one injected leader kill did: who was killed, who took over, how the client's transactions ended and what the
 * database says about them. {@link #violations()} is empty when every committed transaction is present exactly once,
 * no failed one is, and every unknown one was resolved to present once or absent; {@code rejoined} says whether the
 * restarted member reported itself a cluster member again.
 */
record FaultOutcome(int killedMember, int newLeader, boolean rejoined, int committed, int failed, int unknownPresent,
        int unknownAbsent, long reconnectMillis, List<String> violations) {

    FaultOutcome {
        violations = List.copyOf(violations);
    }

    int transactions() {
        return committed + failed + unknownPresent + unknownAbsent;
    }

    boolean holds() {
        return violations.isEmpty();
    }
}
