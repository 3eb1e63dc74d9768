package io.ovsguard.validator.guard;

import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.op.Mutation;
import io.ovsguard.ovsdb.op.Mutator;
import io.ovsguard.ovsdb.op.TransactionBuilder;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import java.util.List;

/** Settles a change: deletes its crash marks from every row it wrote, in one transaction. */
final class MarkRemoval {

    private MarkRemoval() {
    }

    static void remove(BlockingOvsdbClient client, DatabaseSchema schema, List<RowKey> rows) {
        if (rows.isEmpty()) {
            return;
        }
        TransactionBuilder tx = new TransactionBuilder(schema);
        for (RowKey key : rows) {
            tx.mutate(key.table(), List.of(Condition.uuidIs(key.uuid())), List.of(
                    new Mutation(CrashMark.EXTERNAL_IDS, Mutator.DELETE, CrashMark.markKeys())));
        }
        client.transact(tx.build()).orThrow();
    }
}
