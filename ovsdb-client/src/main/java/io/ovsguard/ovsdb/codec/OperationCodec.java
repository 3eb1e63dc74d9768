package io.ovsguard.ovsdb.codec;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.ovsguard.ovsdb.jsonrpc.Payload;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.op.Mutation;
import io.ovsguard.ovsdb.op.Operation;
import io.ovsguard.ovsdb.op.Transaction;
import java.util.List;

/** Encodes a {@link Transaction} as the params of {@code transact}: {@code [db, op, ...]} (RFC 7047 5.2). */
public final class OperationCodec {

    private OperationCodec() {
    }

    /** The {@code transact} params as a payload. */
    public static Payload encodeParams(Transaction transaction) {
        return new GsonPayload(encode(transaction));
    }

    public static JsonArray encode(Transaction transaction) {
        JsonArray params = new JsonArray(transaction.size() + 1);
        params.add(transaction.database());
        transaction.operations().forEach(op -> params.add(encode(op)));
        return params;
    }

    public static JsonObject encode(Operation operation) {
        JsonObject json = new JsonObject();
        json.addProperty("op", operation.op());
        if (operation instanceof Operation.Insert insert) {
            json.addProperty("table", insert.table());
            json.add("row", RowCodec.encode(insert.row()));
            insert.uuidName().ifPresent(name -> json.addProperty("uuid-name", name.name()));
            // OVS 3.1+: the row gets this uuid ("persistent uuid")
            insert.uuid().ifPresent(uuid -> json.addProperty("uuid", uuid.toString()));
        } else if (operation instanceof Operation.Select select) {
            json.addProperty("table", select.table());
            json.add("where", encodeWhere(select.where()));
            select.columns().ifPresent(columns -> json.add("columns", strings(columns)));
        } else if (operation instanceof Operation.Update update) {
            json.addProperty("table", update.table());
            json.add("where", encodeWhere(update.where()));
            json.add("row", RowCodec.encode(update.row()));
        } else if (operation instanceof Operation.Mutate mutate) {
            json.addProperty("table", mutate.table());
            json.add("where", encodeWhere(mutate.where()));
            json.add("mutations", encodeMutations(mutate.mutations()));
        } else if (operation instanceof Operation.Delete delete) {
            json.addProperty("table", delete.table());
            json.add("where", encodeWhere(delete.where()));
        } else if (operation instanceof Operation.Wait wait) {
            encodeWait(wait, json);
        } else if (operation instanceof Operation.Commit commit) {
            json.addProperty("durable", commit.durable());
        } else if (operation instanceof Operation.Comment comment) {
            json.addProperty("comment", comment.text());
        } else if (operation instanceof Operation.Assert lock) {
            json.addProperty("lock", lock.lock());
        }
        // abort has no members besides "op"
        return json;
    }

    /** A {@code where} array: {@code [[column, function, value], ...]}. */
    public static JsonArray encodeWhere(List<Condition> where) {
        JsonArray array = new JsonArray(where.size());
        for (Condition condition : where) {
            JsonArray clause = new JsonArray(3);
            clause.add(condition.column());
            clause.add(condition.function().token());
            clause.add(NotationCodec.encode(condition.value()));
            array.add(clause);
        }
        return array;
    }

    private static JsonArray encodeMutations(List<Mutation> mutations) {
        JsonArray array = new JsonArray(mutations.size());
        for (Mutation mutation : mutations) {
            JsonArray entry = new JsonArray(3);
            entry.add(mutation.column());
            entry.add(mutation.mutator().token());
            entry.add(NotationCodec.encode(mutation.value()));
            array.add(entry);
        }
        return array;
    }

    private static void encodeWait(Operation.Wait wait, JsonObject json) {
        json.addProperty("table", wait.table());
        json.add("where", encodeWhere(wait.where()));
        json.add("columns", strings(wait.columns()));
        json.addProperty("until", wait.until().token());
        JsonArray rows = new JsonArray(wait.rows().size());
        for (Row row : wait.rows()) {
            rows.add(RowCodec.encode(row));
        }
        json.add("rows", rows);
        wait.timeoutMs().ifPresent(timeout -> json.addProperty("timeout", timeout));
    }

    static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray(values.size());
        values.forEach(array::add);
        return array;
    }
}
