package io.ovsguard.ovsdb.codec;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonWriter;
import io.ovsguard.ovsdb.jsonrpc.Payload;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.op.Mutation;
import io.ovsguard.ovsdb.op.Operation;
import io.ovsguard.ovsdb.op.Transaction;
import java.io.IOException;
import java.util.List;

/**
 * Encodes a {@link Transaction} as the params of {@code transact}: {@code [db, op, ...]} (RFC 7047 5.2).
 *
 * <p>Operations are written straight to the message's {@link JsonTextWriter}; the methods that return
 * a Gson tree read that same text back, so both forms always agree.
 */
public final class OperationCodec {

    // the names and words of the operations a large transaction repeats, encoded once
    private static final JsonTextWriter.Token OP = new JsonTextWriter.Token("op");
    private static final JsonTextWriter.Token INSERT = new JsonTextWriter.Token("insert");
    private static final JsonTextWriter.Token TABLE = new JsonTextWriter.Token("table");
    private static final JsonTextWriter.Token ROW = new JsonTextWriter.Token("row");
    private static final JsonTextWriter.Token UUID_NAME = new JsonTextWriter.Token("uuid-name");
    private static final JsonTextWriter.Token WHERE = new JsonTextWriter.Token("where");

    private OperationCodec() {
    }

    /** The {@code transact} params as a payload that is written when the request is encoded. */
    public static Payload encodeParams(Transaction transaction) {
        return new WrittenPayload(out -> write(out, transaction));
    }

    public static JsonArray encode(Transaction transaction) {
        return new WrittenPayload(out -> write(out, transaction)).tree().getAsJsonArray();
    }

    public static JsonObject encode(Operation operation) {
        return new WrittenPayload(out -> write(out, operation)).tree().getAsJsonObject();
    }

    /** A {@code where} array: {@code [[column, function, value], ...]}. */
    public static JsonArray encodeWhere(List<Condition> where) {
        return new WrittenPayload(out -> writeWhere(out, where)).tree().getAsJsonArray();
    }

    /** Writes the {@code transact} params to a Gson writer, as {@link #write(JsonTextWriter, Transaction)} does. */
    public static void write(JsonWriter out, Transaction transaction) throws IOException {
        out.jsonValue(new WrittenPayload(text -> write(text, transaction)).toJson());
    }

    /** Writes one operation to a Gson writer, as {@link #write(JsonTextWriter, Operation)} does. */
    public static void write(JsonWriter out, Operation operation) throws IOException {
        out.jsonValue(new WrittenPayload(text -> write(text, operation)).toJson());
    }

    /** Writes a {@code where} array to a Gson writer, as {@link #writeWhere(JsonTextWriter, List)} does. */
    public static void writeWhere(JsonWriter out, List<Condition> where) throws IOException {
        out.jsonValue(new WrittenPayload(text -> writeWhere(text, where)).toJson());
    }

    /** Writes the {@code transact} params. */
    public static void write(JsonTextWriter out, Transaction transaction) {
        out.beginArray().value(transaction.database());
        for (Operation operation : transaction.operations()) {
            write(out, operation);
        }
        out.endArray();
    }

    /** Writes one operation object; its members in the order OVS's own clients use. */
    public static void write(JsonTextWriter out, Operation operation) {
        out.beginObject().name(OP);
        if (operation instanceof Operation.Insert insert) {
            // the commonest operation by far: its own method, with its word written in advance
            writeInsertMembers(out.value(INSERT), insert);
        } else {
            writeMembers(out.value(operation.op()), operation);
        }
        out.endObject();
    }

    private static void writeInsertMembers(JsonTextWriter out, Operation.Insert insert) {
        out.name(TABLE).value(insert.table());
        RowCodec.write(out.name(ROW), insert.row());
        if (insert.uuidName().isPresent()) {
            out.name(UUID_NAME).value(insert.uuidName().get().name());
        }
        if (insert.uuid().isPresent()) {
            // OVS 3.1+: the row gets this uuid ("persistent uuid")
            out.name("uuid").value(insert.uuid().get().toString());
        }
    }

    /** The members after {@code "op"} of any operation but insert. */
    private static void writeMembers(JsonTextWriter out, Operation operation) {
        if (operation instanceof Operation.Select select) {
            out.name(TABLE).value(select.table());
            writeWhere(out.name(WHERE), select.where());
            if (select.columns().isPresent()) {
                writeStrings(out.name("columns"), select.columns().get());
            }
        } else if (operation instanceof Operation.Update update) {
            out.name(TABLE).value(update.table());
            writeWhere(out.name(WHERE), update.where());
            RowCodec.write(out.name("row"), update.row());
        } else if (operation instanceof Operation.Mutate mutate) {
            out.name(TABLE).value(mutate.table());
            writeWhere(out.name(WHERE), mutate.where());
            writeMutations(out.name("mutations"), mutate.mutations());
        } else if (operation instanceof Operation.Delete delete) {
            out.name(TABLE).value(delete.table());
            writeWhere(out.name(WHERE), delete.where());
        } else if (operation instanceof Operation.Wait wait) {
            writeWait(out, wait);
        } else if (operation instanceof Operation.Commit commit) {
            out.name("durable").value(commit.durable());
        } else if (operation instanceof Operation.Comment comment) {
            out.name("comment").value(comment.text());
        } else if (operation instanceof Operation.Assert lock) {
            out.name("lock").value(lock.lock());
        }
        // abort has no members besides "op"
    }

    /** Writes a {@code where} array. */
    public static void writeWhere(JsonTextWriter out, List<Condition> where) {
        out.beginArray();
        for (Condition condition : where) {
            out.beginArray().value(condition.column()).value(condition.function().token());
            NotationCodec.write(out, condition.value());
            out.endArray();
        }
        out.endArray();
    }

    private static void writeMutations(JsonTextWriter out, List<Mutation> mutations) {
        out.beginArray();
        for (Mutation mutation : mutations) {
            out.beginArray().value(mutation.column()).value(mutation.mutator().token());
            if (!mutation.wireOrder().isEmpty()) {
                NotationCodec.writeInOrder(out, mutation.value(), mutation.wireOrder());
            } else if (!mutation.mutator().isArithmetic() && mutation.value() instanceof OvsdbSet set) {
                NotationCodec.writeSetForm(out, set);
            } else {
                NotationCodec.write(out, mutation.value());
            }
            out.endArray();
        }
        out.endArray();
    }

    private static void writeWait(JsonTextWriter out, Operation.Wait wait) {
        out.name(TABLE).value(wait.table());
        writeWhere(out.name(WHERE), wait.where());
        writeStrings(out.name("columns"), wait.columns());
        out.name("until").value(wait.until().token());
        out.name("rows").beginArray();
        for (Row row : wait.rows()) {
            RowCodec.write(out, row);
        }
        out.endArray();
        if (wait.timeoutMs().isPresent()) {
            out.name("timeout").value(wait.timeoutMs().getAsLong());
        }
    }

    private static void writeStrings(JsonTextWriter out, List<String> values) {
        out.beginArray();
        for (String value : values) {
            out.value(value);
        }
        out.endArray();
    }

    static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray(values.size());
        values.forEach(array::add);
        return array;
    }
}
