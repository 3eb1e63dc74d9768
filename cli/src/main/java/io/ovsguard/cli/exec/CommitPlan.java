package io.ovsguard.cli.exec;

import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.op.Transaction;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The transaction a command line's changes turn into, with what is needed to read its result: which operations are
 * the engine's own {@code wait}s (a failure there means "try again"), where each inserted row's uuid comes back,
 * where the incremented {@code next_cfg} is read, and where the dry-run abort is.
 *
 * @param changes whether the transaction changes anything; if not, ovs-vsctl does not send it at all
 */
record CommitPlan(Transaction transaction, boolean changes, Set<Integer> guardIndexes,
                  Map<Uuid, Integer> insertIndexes, OptionalInt nextCfgSelectIndex, OptionalInt abortIndex) {

    CommitPlan {
        Objects.requireNonNull(transaction, "transaction");
        guardIndexes = Set.copyOf(guardIndexes);
        insertIndexes = Map.copyOf(insertIndexes);
        Objects.requireNonNull(nextCfgSelectIndex, "nextCfgSelectIndex");
        Objects.requireNonNull(abortIndex, "abortIndex");
    }
}
