package io.ovsguard.validator.guard;

import io.ovsguard.ovsdb.op.Operation;
import io.ovsguard.validator.switchconf.ProposedChange;
import java.util.List;
import java.util.Objects;

/**
 * One change to guard.
 *
 * @param change     what the change means for DPDK, for the validator ({@code VsctlChange.parse(...)} or built)
 * @param operations the OVSDB operations that make it, built by the caller with a {@code TransactionBuilder} on the
 *                   server's schema (inserts may carry uuid-names that later operations refer to); no deletes
 * @param reads      {@code wait} operations on what the caller read to build them (as ovs-vsctl guards its reads),
 *                   placed first in the commit, so a stale view fails the commit instead of overwriting
 * @param options    how to run it
 */
public record GuardRequest(ProposedChange change, List<Operation> operations, List<Operation.Wait> reads,
                           GuardOptions options) {

    public GuardRequest {
        Objects.requireNonNull(change, "change");
        operations = List.copyOf(operations);
        reads = List.copyOf(reads);
        Objects.requireNonNull(options, "options");
    }

    public GuardRequest withOptions(GuardOptions newOptions) {
        return new GuardRequest(change, operations, reads, newOptions);
    }
}
