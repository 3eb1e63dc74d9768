package io.ovsguard.cli.exec;

import io.ovsguard.ovsdb.notation.Uuid;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * How a commit ended: committed (or had nothing to commit), or must be tried again because the database changed
 * under it, or refused when its attempt guessed names absent (then the run looks them up and tries again).
 *
 * @param nextCfg the incremented {@code next_cfg}, when the commit changed something and ovs-vsctl would wait
 */
record CommitOutcome(boolean tryAgain, boolean guessRefused, Map<Uuid, Uuid> insertedUuids, OptionalLong nextCfg) {

    CommitOutcome {
        insertedUuids = Map.copyOf(insertedUuids);
        Objects.requireNonNull(nextCfg, "nextCfg");
    }

    /** Whether the commit went through, or had nothing to do: neither to be tried again nor a refused guess. */
    boolean isCommitted() {
        return !tryAgain && !guessRefused;
    }

    static CommitOutcome retry() {
        return new CommitOutcome(true, false, Map.of(), OptionalLong.empty());
    }

    static CommitOutcome unchanged() {
        return new CommitOutcome(false, false, Map.of(), OptionalLong.empty());
    }

    static CommitOutcome committed(Map<Uuid, Uuid> insertedUuids, OptionalLong nextCfg) {
        return new CommitOutcome(false, false, insertedUuids, nextCfg);
    }

    /** The server refused a commit whose attempt guessed names absent: nothing changed, the guess was wrong. */
    static CommitOutcome refusedGuess() {
        return new CommitOutcome(false, true, Map.of(), OptionalLong.empty());
    }
}
