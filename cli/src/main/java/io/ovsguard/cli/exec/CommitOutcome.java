package io.ovsguard.cli.exec;

import io.ovsguard.ovsdb.notation.Uuid;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * How a commit ended: committed (or had nothing to commit), or must be tried again because the database changed
 * under it.
 *
 * @param nextCfg the incremented {@code next_cfg}, when the commit changed something and ovs-vsctl would wait
 */
record CommitOutcome(boolean tryAgain, Map<Uuid, Uuid> insertedUuids, OptionalLong nextCfg) {

    CommitOutcome {
        insertedUuids = Map.copyOf(insertedUuids);
        Objects.requireNonNull(nextCfg, "nextCfg");
    }

    static CommitOutcome retry() {
        return new CommitOutcome(true, Map.of(), OptionalLong.empty());
    }

    static CommitOutcome unchanged() {
        return new CommitOutcome(false, Map.of(), OptionalLong.empty());
    }
}
