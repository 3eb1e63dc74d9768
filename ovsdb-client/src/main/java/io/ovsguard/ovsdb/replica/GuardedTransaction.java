package io.ovsguard.ovsdb.replica;

import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.op.Function;
import io.ovsguard.ovsdb.op.Operation;
import io.ovsguard.ovsdb.op.Transaction;
import io.ovsguard.ovsdb.op.TransactionBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A transaction built against one snapshot, as ovs-vsctl builds its own: every read is remembered,
 * and the transaction starts with a {@code wait} (timeout 0) per row read, requiring the columns
 * read to still hold what the snapshot showed (or the row to be still absent). If anything read
 * changed meanwhile, the server fails the wait with "timed out" and nothing is written.
 */
public final class GuardedTransaction {

    private record RowKey(String table, Uuid uuid) {
    }

    private final ReplicaSnapshot snapshot;
    private final TransactionBuilder writes;
    private final Map<RowKey, Set<String>> reads = new LinkedHashMap<>();

    GuardedTransaction(ReplicaSnapshot snapshot) {
        this.snapshot = snapshot;
        this.writes = new TransactionBuilder(snapshot.schema());
    }

    /** The snapshot this attempt runs against (reads through it are not guarded). */
    public ReplicaSnapshot snapshot() {
        return snapshot;
    }

    /** Where the change's operations go. */
    public TransactionBuilder writes() {
        return writes;
    }

    /**
     * Reads a row and guards {@code columns} of it (every replicated column if none are named); a
     * missing row is guarded as missing.
     */
    public Optional<Row> read(String table, Uuid uuid, String... columns) {
        Optional<Row> row = snapshot.table(table).get(uuid);
        Set<String> guarded = reads.computeIfAbsent(new RowKey(table, uuid), k -> new LinkedHashSet<>());
        if (columns.length == 0) {
            row.ifPresent(r -> guarded.addAll(r.columnNames()));
        } else {
            guarded.addAll(List.of(columns));
        }
        return row;
    }

    /** The rows of {@code table} that {@code filter} accepts, each guarded like {@link #read}. */
    public List<Row> find(String table, Predicate<Row> filter, String... columns) {
        List<Row> found = snapshot.table(table).find(filter);
        for (Row row : found) {
            read(table, row.uuid().orElseThrow(), columns);
        }
        return found;
    }

    /** The number of wait operations that lead the transaction. */
    int guardCount() {
        return reads.size();
    }

    Transaction build() {
        TransactionBuilder all = new TransactionBuilder(snapshot.schema());
        for (Map.Entry<RowKey, Set<String>> read : reads.entrySet()) {
            all.add(guard(read.getKey(), read.getValue()));
        }
        for (Operation operation : writes.build().operations()) {
            all.add(operation);
        }
        return all.build();
    }

    private Operation guard(RowKey key, Set<String> columns) {
        List<Condition> where = List.of(Condition.uuidIs(key.uuid()));
        Optional<Row> row = snapshot.table(key.table()).get(key.uuid());
        if (row.isEmpty()) {
            return new Operation.Wait(key.table(), where, List.of(), Function.EQUAL, List.of(), OptionalLong.of(0));
        }
        Map<String, Datum> expected = new LinkedHashMap<>();
        for (String column : columns) {
            expected.put(column, row.get().get(column).orElseGet(
                    () -> snapshot.schema().table(key.table()).column(column).type().defaultDatum()));
        }
        return new Operation.Wait(key.table(), where, new ArrayList<>(expected.keySet()), Function.EQUAL,
                List.of(Row.of(expected)), OptionalLong.of(0));
    }
}
