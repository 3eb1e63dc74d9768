package io.ovsguard.validator.memory;

import java.util.List;
import java.util.OptionalInt;

/**
 * The predicted result of one reconfiguration step for one port.
 *
 * @param attempts       mbuf counts requested, in order (empty when an existing pool was reused)
 * @param mbufs          the pool the port ends up using, if any
 * @param neededBytes    bytes the step takes on the socket if it succeeds; on failure, the smallest request
 * @param availableBytes free heap the socket could still give before the step
 * @param fullRequestBytes the bytes of the first (largest) request, for "how much would it take" messages
 */
public record StepPrediction(String port, String action, Outcome outcome, int socket, int mtu, List<Integer> attempts,
                             OptionalInt mbufs, int objectBytes, int adjMtu, boolean reused, long neededBytes,
                             long availableBytes, long fullRequestBytes, FailureCause cause,
                             SocketBudget.Limit limit) {

    private static final double MIB = 1 << 20;

    public StepPrediction {
        attempts = List.copyOf(attempts);
    }

    /** available - needed in MiB; negative is the deficit. */
    public double marginMib() {
        return (availableBytes - neededBytes) / MIB;
    }

    public boolean reduced() {
        return !attempts.isEmpty() && mbufs.isPresent() && mbufs.getAsInt() < attempts.get(0);
    }

    /** The same prediction with another outcome and cause, e.g. when DPDK is not enabled at all. */
    public StepPrediction withOutcome(Outcome newOutcome, FailureCause newCause) {
        return new StepPrediction(port, action, newOutcome, socket, mtu, attempts, OptionalInt.empty(), objectBytes,
                adjMtu, reused, neededBytes, availableBytes, fullRequestBytes, newCause, limit);
    }

    public boolean ok() {
        return outcome == Outcome.OK;
    }
}
