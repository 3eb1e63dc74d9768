package io.ovsguard.ovsdb.codec;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.internal.LazilyParsedNumber;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.ovsguard.ovsdb.error.ProtocolException;
import io.ovsguard.ovsdb.error.SchemaException;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.AtomType;
import io.ovsguard.ovsdb.notation.BooleanAtom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.IntegerAtom;
import io.ovsguard.ovsdb.notation.NamedUuid;
import io.ovsguard.ovsdb.notation.NamedUuidAtom;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.StringAtom;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.notation.UuidAtom;
import io.ovsguard.ovsdb.schema.BaseType;
import io.ovsguard.ovsdb.schema.ColumnType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads one datum of a known column type straight from a {@link JsonReader}, with the same
 * checks as {@link NotationCodec#decode(JsonElement, ColumnType, String)}: the shape follows from
 * the type, duplicates are refused, and the type's constraints are checked. The common atoms are
 * read directly; an atom of an unexpected JSON kind, or a number other than a short plain integer,
 * is read as a small tree and handed to {@link NotationCodec}, so errors and rare forms read the
 * same on both paths. Values are named by table and column, joined only for an error message.
 * Stateless.
 */
final class StreamingDatumReader {

    private static final String UUID_SHAPE = "[\"uuid\", <uuid>] or [\"named-uuid\", <name>]";

    private StreamingDatumReader() {
    }

    /**
     * @throws ProtocolException for a malformed value
     * @throws SchemaException for a well-formed value that breaks the type's constraints
     */
    static Datum read(JsonReader in, ColumnType type, String table, String column) throws IOException {
        Datum datum = type.isMap() ? map(in, type, table, column) : set(in, type, table, column);
        Optional<String> problem = type.problemWith(datum);
        if (problem.isPresent()) {
            throw new SchemaException(what(table, column) + ": " + problem.get());
        }
        return datum;
    }

    private static OvsdbSet set(JsonReader in, ColumnType type, String table, String column) throws IOException {
        if (in.peek() != JsonToken.BEGIN_ARRAY) {
            return OvsdbSet.of(atom(in, type.key(), table, column));
        }
        in.beginArray();
        String tag = tag(in, table, column);
        if (!tag.equals("set")) {
            // a lone uuid atom: ["uuid", "..."] or ["named-uuid", "..."]
            return OvsdbSet.of(taggedUuid(in, tag, type.key(), table, column));
        }
        expect(in, JsonToken.BEGIN_ARRAY, "[\"set\", [...]]", table, column);
        in.beginArray();
        List<Atom> atoms = new ArrayList<>();
        while (in.hasNext()) {
            atoms.add(atom(in, type.key(), table, column));
        }
        in.endArray();
        expect(in, JsonToken.END_ARRAY, "[\"set\", [...]]", table, column);
        in.endArray();
        OvsdbSet set = OvsdbSet.of(atoms);
        if (set.size() != atoms.size()) {
            throw new ProtocolException(what(table, column) + ": set contains duplicate values");
        }
        return set;
    }

    private static OvsdbMap map(JsonReader in, ColumnType type, String table, String column) throws IOException {
        String shape = "[\"map\", [[key, value], ...]]";
        expect(in, JsonToken.BEGIN_ARRAY, shape, table, column);
        in.beginArray();
        if (!tag(in, table, column).equals("map")) {
            throw expected(shape, table, column);
        }
        expect(in, JsonToken.BEGIN_ARRAY, shape, table, column);
        in.beginArray();
        BaseType valueType = type.value().orElseThrow();
        List<OvsdbMap.Entry> entries = new ArrayList<>();
        while (in.hasNext()) {
            expect(in, JsonToken.BEGIN_ARRAY, "a [key, value] pair", table, column);
            in.beginArray();
            Atom key = atom(in, type.key(), table, column);
            if (in.peek() == JsonToken.END_ARRAY) {
                throw expected("a [key, value] pair", table, column);
            }
            Atom value = atom(in, valueType, table, column);
            expect(in, JsonToken.END_ARRAY, "a [key, value] pair", table, column);
            in.endArray();
            entries.add(new OvsdbMap.Entry(key, value));
        }
        in.endArray();
        expect(in, JsonToken.END_ARRAY, shape, table, column);
        in.endArray();
        try {
            return new OvsdbMap(entries);
        } catch (IllegalArgumentException e) {
            throw new ProtocolException(what(table, column) + ": " + e.getMessage());
        }
    }

    /** One atom of {@code type}, without checking its constraints. */
    private static Atom atom(JsonReader in, BaseType type, String table, String column) throws IOException {
        JsonToken token = in.peek();
        switch (type.type()) {
            case INTEGER:
                if (token == JsonToken.NUMBER) {
                    String text = in.nextString();
                    return isShortPlainInteger(text) ? new IntegerAtom(Long.parseLong(text))
                            : NotationCodec.decodeAtom(new JsonPrimitive(new LazilyParsedNumber(text)), type,
                                    what(table, column));
                }
                break;
            case REAL:
                if (token == JsonToken.NUMBER) {
                    return NotationCodec.decodeAtom(new JsonPrimitive(new LazilyParsedNumber(in.nextString())),
                            type, what(table, column));
                }
                break;
            case BOOLEAN:
                if (token == JsonToken.BOOLEAN) {
                    return new BooleanAtom(in.nextBoolean());
                }
                break;
            case STRING:
                if (token == JsonToken.STRING) {
                    try {
                        return new StringAtom(in.nextString());
                    } catch (IllegalArgumentException e) {
                        throw new ProtocolException(what(table, column) + ": " + e.getMessage());
                    }
                }
                break;
            case UUID:
                if (token == JsonToken.BEGIN_ARRAY) {
                    in.beginArray();
                    return taggedUuid(in, tag(in, table, column), type, table, column);
                }
                break;
            default:
                throw new IllegalStateException("unknown atom type " + type.type());
        }
        // the wrong kind of JSON value: let the tree decoder word the error
        JsonElement value = JsonParser.parseReader(in);
        return NotationCodec.decodeAtom(value, type, what(table, column));
    }

    /** After {@code [tag}: the rest of {@code ["uuid", "<uuid>"]} or {@code ["named-uuid", "<name>"]}. */
    private static Atom taggedUuid(JsonReader in, String tag, BaseType type, String table, String column)
            throws IOException {
        boolean uuid = tag.equals("uuid");
        if (type.type() != AtomType.UUID) {
            throw expected("a " + type.type().name().toLowerCase(Locale.ROOT), table, column);
        }
        if (!uuid && !tag.equals("named-uuid") || in.peek() != JsonToken.STRING) {
            throw expected(UUID_SHAPE, table, column);
        }
        String text = in.nextString();
        expect(in, JsonToken.END_ARRAY, UUID_SHAPE, table, column);
        in.endArray();
        try {
            return uuid ? new UuidAtom(Uuid.parse(text)) : new NamedUuidAtom(new NamedUuid(text));
        } catch (IllegalArgumentException e) {
            throw new ProtocolException(what(table, column) + ": " + e.getMessage());
        }
    }

    /** The string that starts a tagged array ({@code "set"}, {@code "map"}, {@code "uuid"}...). */
    private static String tag(JsonReader in, String table, String column) throws IOException {
        if (in.peek() != JsonToken.STRING) {
            throw expected("a tagged array such as [\"set\", [...]]", table, column);
        }
        return in.nextString();
    }

    private static void expect(JsonReader in, JsonToken token, String shape, String table, String column)
            throws IOException {
        if (in.peek() != token) {
            throw expected(shape, table, column);
        }
    }

    private static ProtocolException expected(String shape, String table, String column) {
        return new ProtocolException(what(table, column) + ": expected " + shape);
    }

    /** The value's name in messages, such as {@code Bridge.ports}; built only when there is an error. */
    private static String what(String table, String column) {
        return table + "." + column;
    }

    /** An optional minus and 1 to 18 digits: always a long (as {@link NotationCodec} reads it). */
    private static boolean isShortPlainInteger(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        int digits = text.length() - start;
        if (digits < 1 || digits > 18) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
