package io.ovsguard.ovsdb.codec;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.ovsguard.ovsdb.error.ProtocolException;
import io.ovsguard.ovsdb.error.SchemaException;
import io.ovsguard.ovsdb.jsonrpc.Payload;
import io.ovsguard.ovsdb.notation.AtomType;
import io.ovsguard.ovsdb.notation.DisplayText;
import io.ovsguard.ovsdb.notation.IntegerAtom;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.schema.BaseType;
import io.ovsguard.ovsdb.schema.ColumnSchema;
import io.ovsguard.ovsdb.schema.ColumnType;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import io.ovsguard.ovsdb.schema.RefType;
import io.ovsguard.ovsdb.schema.SchemaVersion;
import io.ovsguard.ovsdb.schema.TableSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Parses a {@code <database-schema>} (RFC 7047 section 3.2), the result of {@code get_schema} or
 * the content of an {@code .ovsschema} file. Members this parser does not know are ignored, so a
 * newer server's schema still loads. Every problem is a {@link SchemaException} naming where it is.
 */
public final class SchemaParser {

    private SchemaParser() {
    }

    /**
     * Parses a server's {@code get_schema} result. Its tables are built when first used, so a malformed table
     * definition fails then; a client that uses a few of the database's tables does not pay for the others.
     */
    public static DatabaseSchema parse(Payload result) {
        return parseOnDemand(GsonPayload.unwrap(result));
    }

    /** Parses schema text, such as an {@code .ovsschema} file, checking every table. */
    public static DatabaseSchema parse(String text) {
        return parse(StrictJson.parse(text));
    }

    /** Parses a schema, checking every table. */
    public static DatabaseSchema parse(JsonElement json) {
        DatabaseSchema schema = parseOnDemand(json);
        schema.tables().forEach((name, table) -> { });
        return schema;
    }

    private static DatabaseSchema parseOnDemand(JsonElement json) {
        JsonObject object = object(json, Where.of("schema"));
        String name = string(object, "name", Where.of("schema"));
        Where where = Where.of("schema ", name);
        SchemaVersion version = SchemaVersion.parse(string(object, "version", where));
        Optional<String> cksum = object.has("cksum") ? Optional.of(string(object, "cksum", where)) : Optional.empty();
        JsonObject tablesJson = object(required(object, "tables", where), where.then(" tables"));
        // schemas from before isRoot existed had no garbage collection: every table is a root
        boolean allRoots = tablesJson.entrySet().stream().noneMatch(table -> declaresRoot(table.getValue()));
        return DatabaseSchema.withTablesOnDemand(name, version, cksum, List.copyOf(tablesJson.keySet()),
                table -> table(table, tablesJson.get(table), allRoots));
    }

    private static boolean declaresRoot(JsonElement table) {
        return table instanceof JsonObject object && object.get("isRoot") instanceof JsonPrimitive root
                && root.isBoolean() && root.getAsBoolean();
    }

    private static TableSchema table(String name, JsonElement json, boolean root) {
        Where where = Where.of("table ", name);
        JsonObject object = object(json, where);
        JsonObject columnsJson = object(required(object, "columns", where), where.then(" columns"));
        Map<String, ColumnSchema> columns = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> column : columnsJson.entrySet()) {
            columns.put(column.getKey(), column(column.getKey(), column.getValue(), where));
        }
        OptionalLong maxRows = object.has("maxRows")
                ? OptionalLong.of(integer(object.get("maxRows"), where.then(" maxRows"))) : OptionalLong.empty();
        boolean isRoot = bool(object, "isRoot", false, where) || root;
        List<List<String>> indexes = new ArrayList<>();
        if (object.has("indexes")) {
            for (JsonElement index : array(object.get("indexes"), where.then(" indexes"))) {
                List<String> columnNames = new ArrayList<>();
                for (JsonElement column : array(index, where.then(" index"))) {
                    columnNames.add(text(column, where.then(" index column")));
                }
                indexes.add(columnNames);
            }
        }
        return new TableSchema(name, columns, maxRows, isRoot, indexes);
    }

    private static ColumnSchema column(String name, JsonElement json, Where table) {
        Where where = table.then(" column ", name);
        JsonObject object = object(json, where);
        ColumnType type = type(required(object, "type", where), where);
        return new ColumnSchema(name, type, bool(object, "ephemeral", false, where),
                bool(object, "mutable", true, where));
    }

    private static ColumnType type(JsonElement json, Where where) {
        if (json instanceof JsonPrimitive) {
            return ColumnType.scalar(baseType(json, where));
        }
        JsonObject object = object(json, where.then(" type"));
        BaseType key = baseType(required(object, "key", where), where.then(" key"));
        Optional<BaseType> value = object.has("value")
                ? Optional.of(baseType(object.get("value"), where.then(" value"))) : Optional.empty();
        int min = object.has("min") ? (int) bounded(object.get("min"), 0, 1, where.then(" min")) : 1;
        int max = 1;
        if (object.has("max")) {
            JsonElement maxJson = object.get("max");
            max = maxJson instanceof JsonPrimitive p && p.isString() && p.getAsString().equals("unlimited")
                    ? ColumnType.UNLIMITED : (int) bounded(maxJson, 1, Integer.MAX_VALUE - 1L, where.then(" max"));
        }
        try {
            return new ColumnType(key, value, min, max);
        } catch (SchemaException e) {
            throw new SchemaException(where + ": " + e.getMessage());
        }
    }

    private static BaseType baseType(JsonElement json, Where where) {
        if (json instanceof JsonPrimitive) {
            return BaseType.of(atomType(json, where));
        }
        JsonObject object = object(json, where);
        AtomType atomType = atomType(required(object, "type", where), where);
        Optional<OvsdbSet> enumeration = Optional.empty();
        if (object.has("enum")) {
            try {
                enumeration = Optional.of((OvsdbSet) NotationCodec.decode(object.get("enum"),
                        ColumnType.set(BaseType.of(atomType), 1, ColumnType.UNLIMITED), where.then(" enum").toString()));
            } catch (ProtocolException e) {
                // in a schema, a malformed value is a schema error
                throw new SchemaException(e.getMessage());
            }
        }
        long minInteger = optionalInteger(object, "minInteger", Long.MIN_VALUE, where);
        long maxInteger = optionalInteger(object, "maxInteger", Long.MAX_VALUE, where);
        double minReal = optionalReal(object, "minReal", -Double.MAX_VALUE, where);
        double maxReal = optionalReal(object, "maxReal", Double.MAX_VALUE, where);
        int minLength = (int) optionalBounded(object, "minLength", 0, where);
        int maxLength = (int) optionalBounded(object, "maxLength", Integer.MAX_VALUE, where);
        Optional<String> refTable = object.has("refTable")
                ? Optional.of(string(object, "refTable", where)) : Optional.empty();
        RefType refType = RefType.STRONG;
        if (object.has("refType")) {
            String token = string(object, "refType", where);
            refType = RefType.fromToken(token).orElseThrow(() -> new SchemaException(
                    where + ": refType must be \"strong\" or \"weak\", not " + DisplayText.quoted(token)));
        }
        try {
            return new BaseType(atomType, enumeration, minInteger, maxInteger, minReal, maxReal, minLength,
                    maxLength, refTable, refType);
        } catch (SchemaException e) {
            throw new SchemaException(where + ": " + e.getMessage());
        }
    }

    private static AtomType atomType(JsonElement json, Where where) {
        String token = text(json, where);
        return AtomType.fromToken(token)
                .orElseThrow(() -> new SchemaException(where + ": unknown atomic type " + DisplayText.quoted(token)));
    }

    private static long optionalInteger(JsonObject object, String name, long absent, Where where) {
        JsonElement json = object.get(name);
        return json == null ? absent : integer(json, where.then(" ", name));
    }

    private static double optionalReal(JsonObject object, String name, double absent, Where where) {
        if (!object.has(name)) {
            return absent;
        }
        JsonElement json = object.get(name);
        if (json instanceof JsonPrimitive p && p.isNumber()) {
            double value = p.getAsDouble();
            if (Double.isFinite(value)) {
                return value;
            }
        }
        throw new SchemaException(where + " " + name + ": expected a number, got " + JsonSnippet.of(json));
    }

    private static long optionalBounded(JsonObject object, String name, long absent, Where where) {
        JsonElement json = object.get(name);
        return json == null ? absent : bounded(json, 0, Integer.MAX_VALUE, where.then(" ", name));
    }

    private static long bounded(JsonElement json, long min, long max, Where where) {
        long value = integer(json, where);
        if (value < min || value > max) {
            throw new SchemaException(where + ": " + value + " is outside " + min + ".." + max);
        }
        return value;
    }

    private static long integer(JsonElement json, Where where) {
        // the common case, a plain integer token, without the codec's typed path (and its message) per bound
        if (json instanceof JsonPrimitive p && p.isNumber() && NotationCodec.isShortPlainInteger(p.getAsString())) {
            return Long.parseLong(p.getAsString());
        }
        try {
            return ((IntegerAtom) NotationCodec.decodeAtom(json, BaseType.of(AtomType.INTEGER), where.toString()))
                    .value();
        } catch (ProtocolException e) {
            throw new SchemaException(e.getMessage());
        }
    }

    private static boolean bool(JsonObject object, String name, boolean absent, Where where) {
        JsonElement json = object.get(name);
        if (json == null) {
            return absent;
        }
        if (json instanceof JsonPrimitive p && p.isBoolean()) {
            return p.getAsBoolean();
        }
        throw new SchemaException(where + " " + name + ": expected true or false, got " + JsonSnippet.of(json));
    }

    private static String string(JsonObject object, String name, Where where) {
        return text(required(object, name, where), where.then(" ", name));
    }

    private static String text(JsonElement json, Where where) {
        if (json instanceof JsonPrimitive p && p.isString()) {
            return p.getAsString();
        }
        throw new SchemaException(where + ": expected a string, got " + JsonSnippet.of(json));
    }

    private static JsonElement required(JsonObject object, String name, Where where) {
        JsonElement json = object.get(name);
        if (json == null) {
            throw new SchemaException(where + ": missing \"" + name + "\"");
        }
        return json;
    }

    private static JsonObject object(JsonElement json, Where where) {
        if (json instanceof JsonObject object) {
            return object;
        }
        throw new SchemaException(where + ": expected an object, got " + JsonSnippet.of(json));
    }

    private static JsonArray array(JsonElement json, Where where) {
        if (json instanceof JsonArray array) {
            return array;
        }
        throw new SchemaException(where + ": expected an array, got " + JsonSnippet.of(json));
    }

    /**
     * Where in the schema a value sits, for error messages. Built as a chain and spelled out only when a message
     * needs it: a schema has hundreds of columns, and joining their descriptions up front was most of the cost of
     * building a table on a cold JVM.
     */
    private static final class Where {
        private final Where parent;
        private final String first;
        private final String second;

        private Where(Where parent, String first, String second) {
            this.parent = parent;
            this.first = first;
            this.second = second;
        }

        static Where of(String text) {
            return new Where(null, text, "");
        }

        static Where of(String text, String name) {
            return new Where(null, text, name);
        }

        Where then(String text) {
            return new Where(this, text, "");
        }

        Where then(String text, String name) {
            return new Where(this, text, name);
        }

        @Override
        public String toString() {
            StringBuilder description = new StringBuilder();
            appendTo(description);
            return description.toString();
        }

        private void appendTo(StringBuilder description) {
            if (parent != null) {
                parent.appendTo(description);
            }
            description.append(first).append(second);
        }
    }
}
