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
import io.ovsguard.ovsdb.notation.Uuid;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private static final String INSERTED_PREFIX = "{\"uuid\":[\"uuid\",\"";
    private static final String INSERTED_SUFFIX = "\"]}";

    private ResultParser() {
    }

    public static TransactResult parse(Payload result, Transaction transaction, DatabaseSchema schema) {
        if (result instanceof TextPayload text) {
            return parse(text, transaction, schema);
        }
        if (result instanceof ResultFrame frame) {
            return parse(frame.resultText(), transaction, schema);
        }
        return parse(GsonPayload.unwrap(result), transaction, schema);
    }

    /**
     * Reads a result that is still text element by element: a well-formed insert result becomes
     * its uuid and a select result its rows straight from the text ({@link SelectRowsReader}),
     * anything else goes through the tree path as one small tree, so both paths give the same
     * results and errors.
     */
    private static TransactResult parse(TextPayload result, Transaction transaction, DatabaseSchema schema) {
        String text = result.frame();
        int[] spans;
        KnownResults known = new KnownResults(transaction, schema, result.end());
        try {
            spans = StrictJsonParser.arrayElements(text, result.start(), result.end(), known);
            if (spans.length == 0) {
                // not an array, or an empty one: rare, and the tree path explains what is wrong
                return parse(result.tree(), transaction, schema);
            }
            closeAfter(text, spans[spans.length - 1], result.end());
        } catch (IllegalArgumentException e) {
            throw notJson(e);
        }
        int elements = spans.length / 2;
        int operations = transaction.size();
        Optional<OvsdbError> commitError = Optional.empty();
        if (elements == operations + 1) {
            commitError = Optional.of(error(element(text, spans, operations), OptionalInt.empty())
                    .orElseThrow(() -> new ProtocolException("transact result has " + elements
                            + " elements for " + operations + " operations and the extra one is not an error")));
        } else if (elements > operations
                || (elements < operations && error(element(text, spans, elements - 1), OptionalInt.empty()).isEmpty())) {
            throw new ProtocolException("transact result has " + elements + " elements for " + operations
                    + " operations");
        }
        List<OperationResult> results = new ArrayList<>(operations);
        for (int i = 0; i < operations; i++) {
            // the body is a method of its own so that it is compiled after a few hundred calls; a
            // cold JVM would interpret a long loop's body until on-stack replacement
            results.add(resultAt(text, spans, i, transaction.operation(i), schema, known));
        }
        return new TransactResult(transaction, results, commitError);
    }

    private static OperationResult resultAt(String text, int[] spans, int index, Operation operation,
            DatabaseSchema schema, KnownResults known) {
        boolean present = 2 * index < spans.length;
        List<Row> selected = known.selected.get(index);
        if (present && selected != null) {
            return new OperationResult.Selected(selected);
        }
        if (present && operation instanceof Operation.Insert) {
            Optional<Uuid> inserted = insertedUuid(text, spans[2 * index], spans[2 * index + 1]);
            if (inserted.isPresent()) {
                return new OperationResult.Inserted(inserted.get());
            }
        }
        return operationResult(present ? element(text, spans, index) : JsonNull.INSTANCE, operation, index, schema);
    }

    /**
     * Steps over the elements of a result that are read straight from the text while the elements are found: a
     * select result read into rows as it is stepped over ({@link SelectRowsReader}), so its text is read once, and
     * an insert result in the server's layout. Elements are met in order, one call each.
     */
    private static final class KnownResults implements StrictJsonParser.KnownElement {
        private final Transaction transaction;
        private final DatabaseSchema schema;
        private final int end;
        /** The rows of the select results read so far, by operation index. */
        private final Map<Integer, List<Row>> selected = new HashMap<>();
        private int next;

        KnownResults(Transaction transaction, DatabaseSchema schema, int end) {
            this.transaction = transaction;
            this.schema = schema;
            this.end = end;
        }

        @Override
        public int endOf(String text, int at) {
            int index = next++;
            if (index < transaction.size() && transaction.operation(index) instanceof Operation.Select select) {
                Optional<SelectRowsReader.Read> read = SelectRowsReader.read(text, at, end, schema, select.table());
                if (read.isPresent()) {
                    selected.put(index, read.get().rows());
                    return read.get().end();
                }
                return -1;
            }
            return insertedEnd(text, at);
        }
    }

    private static JsonElement element(String text, int[] spans, int index) {
        try {
            return StrictJsonParser.parse(text.substring(spans[2 * index], spans[2 * index + 1]));
        } catch (IllegalArgumentException e) {
            throw notJson(e);
        }
    }

    /**
     * Checks that the array ends after its last element at {@code from}, and the text there: stepping over the
     * elements stops at the end of the text after a comma, and at the first closing bracket.
     */
    private static void closeAfter(String text, int from, int end) {
        int at = skipWhitespace(text, from, end);
        if (at >= end || text.charAt(at) != ']') {
            throw new IllegalArgumentException("expected ']' at offset " + at);
        }
        at = skipWhitespace(text, at + 1, end);
        if (at != end) {
            throw new IllegalArgumentException("data after the JSON value at offset " + at);
        }
    }

    private static int skipWhitespace(String text, int from, int end) {
        int at = from;
        while (at < end && " \t\n\r".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        return at;
    }

    /** A result text that is not JSON: the codec checks every frame, so only a caller's own text can be so. */
    private static ProtocolException notJson(IllegalArgumentException e) {
        return new ProtocolException("transact result is not valid JSON (" + e.getMessage() + ")", e);
    }

    /**
     * Where an insert result written exactly as ovsdb-server writes it ends, or -1. The text is
     * known to be valid JSON, so if the first quote after the uuid's opening one is 36 characters
     * on and not escaped (not right after a backslash), it ends the string, and the fixed
     * {@code "]}} after it closes the element. Whether the 36 characters are a uuid is checked when
     * they are read.
     */
    private static int insertedEnd(String text, int at) {
        int uuidAt = at + INSERTED_PREFIX.length();
        int end = uuidAt + 36 + INSERTED_SUFFIX.length();
        if (end > text.length() || !text.startsWith(INSERTED_PREFIX, at) || !text.startsWith(INSERTED_SUFFIX, uuidAt + 36)
                || text.charAt(uuidAt + 35) == '\\' || text.indexOf('"', uuidAt) != uuidAt + 36) {
            return -1;
        }
        return end;
    }

    /** The uuid of an insert result written exactly as ovsdb-server writes it, {@code {"uuid":["uuid","<uuid>"]}}. */
    private static Optional<Uuid> insertedUuid(String text, int start, int end) {
        int uuidAt = start + INSERTED_PREFIX.length();
        if (end - start != INSERTED_PREFIX.length() + 36 + INSERTED_SUFFIX.length()
                || !text.startsWith(INSERTED_PREFIX, start) || !text.startsWith(INSERTED_SUFFIX, uuidAt + 36)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Uuid.parse(text, uuidAt));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
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
        if (operation instanceof Operation.Insert && json instanceof JsonObject object && !object.has("error")) {
            Optional<Uuid> uuid = insertedUuid(object.get("uuid"));
            if (uuid.isPresent()) {
                return new OperationResult.Inserted(uuid.get());
            }
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

    /**
     * The uuid of a well-formed insert result, read without building the error context that the
     * general path below needs: a large transaction has thousands of them. Anything unusual is
     * left to the general path, which explains what is wrong.
     */
    private static Optional<Uuid> insertedUuid(JsonElement json) {
        if (json instanceof JsonArray pair && pair.size() == 2 && pair.get(0) instanceof JsonPrimitive tag
                && tag.isString() && "uuid".equals(tag.getAsString()) && pair.get(1) instanceof JsonPrimitive text
                && text.isString()) {
            try {
                return Optional.of(Uuid.parse(text.getAsString()));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
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
