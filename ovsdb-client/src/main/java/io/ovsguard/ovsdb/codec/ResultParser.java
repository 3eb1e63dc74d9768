package io.ovsguard.ovsdb.codec;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.ovsguard.ovsdb.error.ProtocolException;
import io.ovsguard.ovsdb.jsonrpc.Payload;
import io.ovsguard.ovsdb.notation.AtomType;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.op.Operation;
import io.ovsguard.ovsdb.op.Transaction;
import io.ovsguard.ovsdb.result.OperationResult;
import io.ovsguard.ovsdb.result.OvsdbError;
import io.ovsguard.ovsdb.result.TransactResult;
import io.ovsguard.ovsdb.schema.BaseType;
import io.ovsguard.ovsdb.schema.ColumnType;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.ovsdb.schema.TableSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Decodes a {@code transact} result (RFC 7047 section 4.1.3) against the transaction that was
 * sent: one element per operation, decoded according to that operation ({@code null} means not
 * attempted), plus the extra error element ovsdb-server appends when the operations succeeded but
 * the commit failed.
 */
public final class ResultParser {

    private static final ColumnType UUID_TYPE = ColumnType.scalar(BaseType.of(AtomType.UUID));

    private ResultParser() {
    }

    public static TransactResult parse(Payload result, Transaction transaction, DatabaseSchema schema) {
        return parse(GsonPayload.unwrap(result), transaction, schema);
    }

    /** @throws ProtocolException if the result does not match the transaction's shape */
    public static TransactResult parse(JsonElement json, Transaction transaction, DatabaseSchema schema) {
        if (!(json instanceof JsonArray array)) {
            throw NotationCodec.expected("an array of operation results", json, "transact result");
        }
        int operations = transaction.size();
        List<OperationResult> results = new ArrayList<>(operations);
        Optional<OvsdbError> commitError = Optional.empty();
        if (array.size() == operations + 1) {
            commitError = Optional.of(error(array.get(operations), OptionalInt.empty())
                    .orElseThrow(() -> new ProtocolException("transact result has " + array.size()
                            + " elements for " + operations + " operations and the extra one is not an error")));
        } else if (array.size() > operations || (array.size() < operations && !endsInError(array))) {
            throw new ProtocolException("transact result has " + array.size() + " elements for " + operations
                    + " operations");
        }
        for (int i = 0; i < operations; i++) {
            // a server may stop listing results after the failed operation; those were not attempted
            JsonElement element = i < array.size() ? array.get(i) : JsonNull.INSTANCE;
            results.add(operationResult(element, transaction.operation(i), i, schema));
        }
        return new TransactResult(transaction, results, commitError);
    }

    private static boolean endsInError(JsonArray array) {
        return array.size() > 0 && error(array.get(array.size() - 1), OptionalInt.empty()).isPresent();
    }

    private static OperationResult operationResult(JsonElement json, Operation operation, int index,
            DatabaseSchema schema) {
        if (json.isJsonNull()) {
            return new OperationResult.NotAttempted();
        }
        String what = "result of operation " + index + " (" + operation.op() + ")";
        JsonObject object = RowCodec.object(json, what);
        Optional<OvsdbError> error = error(object, OptionalInt.of(index));
        if (error.isPresent()) {
            return new OperationResult.Failed(error.get());
        }
        if (operation instanceof Operation.Insert) {
            return new OperationResult.Inserted(RowCodec.uuidOf(
                    NotationCodec.decode(member(object, "uuid", what), UUID_TYPE, what)));
        }
        if (operation instanceof Operation.Select select) {
            TableSchema table = schema.table(select.table());
            JsonElement rows = member(object, "rows", what);
            if (!(rows instanceof JsonArray rowArray)) {
                throw NotationCodec.expected("an array of rows", rows, what);
            }
            List<Row> decoded = new ArrayList<>(rowArray.size());
            rowArray.forEach(row -> decoded.add(RowCodec.decode(row, table)));
            return new OperationResult.Selected(decoded);
        }
        if (operation instanceof Operation.Update || operation instanceof Operation.Mutate
                || operation instanceof Operation.Delete) {
            JsonElement count = member(object, "count", what);
            if (count instanceof JsonPrimitive p && p.isNumber()) {
                try {
                    return new OperationResult.Counted(Integer.parseInt(p.getAsString()));
                } catch (IllegalArgumentException e) {
                    throw NotationCodec.expected("a row count", count, what);
                }
            }
            throw NotationCodec.expected("a row count", count, what);
        }
        return new OperationResult.Done();
    }

    private static JsonElement member(JsonObject object, String name, String what) {
        JsonElement member = object.get(name);
        if (member == null) {
            throw new ProtocolException(what + ": missing \"" + name + "\" in " + JsonSnippet.of(object));
        }
        return member;
    }

    /** The error in {@code json} if it is an error object ({@code {"error": ..., "details": ...}}). */
    static Optional<OvsdbError> error(JsonElement json, OptionalInt index) {
        if (!(json instanceof JsonObject object) || !object.has("error")) {
            return Optional.empty();
        }
        String error = text(object.get("error"));
        Optional<String> details = Optional.ofNullable(object.get("details")).filter(d -> !d.isJsonNull())
                .map(ResultParser::text);
        Optional<String> syntax = Optional.ofNullable(object.get("syntax")).filter(d -> !d.isJsonNull())
                .map(ResultParser::text);
        return Optional.of(OvsdbError.of(error, details, index, syntax));
    }

    private static String text(JsonElement json) {
        return json instanceof JsonPrimitive p && p.isString() ? p.getAsString() : json.toString();
    }
}
