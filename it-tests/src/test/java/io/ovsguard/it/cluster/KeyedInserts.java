package io.ovsguard.it.cluster;

import io.ovsguard.ovsdb.notation.StringAtom;
import io.ovsguard.ovsdb.OvsdbClient;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.op.Function;
import io.ovsguard.ovsdb.op.Operation;
import io.ovsguard.ovsdb.op.Transaction;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Transactions that each insert one {@code Queue} row (a root table, so rows stay without references) tagged with
 * a run id and a unique key in {@code external_ids}, and the selects that later tell how often each key is present.
 */
final class KeyedInserts {
    static final String DATABASE = "Open_vSwitch";
    static final String TABLE = "Queue";
    static final String RUN = "ovsguard-run";
    static final String KEY = "ovsguard-key";

    private final String runId;

    KeyedInserts(String runId) {
        this.runId = runId;
    }

    String runId() {
        return runId;
    }

    Transaction insert(long key) {
        Row row = Row.of(Map.of("external_ids", OvsdbMap.ofStrings(Map.of(RUN, runId, KEY, Long.toString(key)))));
        return new Transaction(DATABASE, List.of(new Operation.Insert(TABLE, row, Optional.empty())));
    }

    /** How many rows carry {@code key} in this run. */
    CompletableFuture<Integer> count(OvsdbClient client, long key, Duration timeout) {
        Condition where = new Condition("external_ids", Function.INCLUDES,
                OvsdbMap.ofStrings(Map.of(RUN, runId, KEY, Long.toString(key))));
        return select(client, where, timeout).thenApply(List::size);
    }

    /** Number of rows per key for this run (keys absent from the map have none). */
    CompletableFuture<Map<Long, Integer>> countAll(OvsdbClient client, Duration timeout) {
        Condition where = new Condition("external_ids", Function.INCLUDES, OvsdbMap.ofStrings(Map.of(RUN, runId)));
        return select(client, where, timeout).thenApply(rows -> {
            Map<Long, Integer> counts = new HashMap<>();
            for (Row row : rows) {
                OvsdbMap ids = (OvsdbMap) row.get("external_ids").orElseThrow();
                Atom key = ids.get(Atom.string(KEY)).orElseThrow();
                counts.merge(Long.parseLong(((StringAtom) key).value()), 1, Integer::sum);
            }
            return Map.copyOf(counts);
        });
    }

    private static CompletableFuture<List<Row>> select(OvsdbClient client, Condition where, Duration timeout) {
        Transaction read = new Transaction(DATABASE, List.of(new Operation.Select(TABLE, List.of(where),
                Optional.of(List.of("external_ids")))));
        return client.transact(read, timeout).thenApply(result -> result.orThrow().rows(0));
    }
}
