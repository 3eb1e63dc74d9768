package io.ovsguard.ovsdb.codec;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonWriter;
import io.ovsguard.ovsdb.error.ProtocolException;
import io.ovsguard.ovsdb.error.SchemaException;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.BooleanAtom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.IntegerAtom;
import io.ovsguard.ovsdb.notation.NamedUuid;
import io.ovsguard.ovsdb.notation.NamedUuidAtom;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.RealAtom;
import io.ovsguard.ovsdb.notation.StringAtom;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.notation.UuidAtom;
import io.ovsguard.ovsdb.schema.BaseType;
import io.ovsguard.ovsdb.schema.ColumnType;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Atoms and datums to and from their RFC 7047 section 5.1 JSON forms.
 *
 * <p>Decoding always takes the column type: whether {@code ["uuid", s]} or a string is expected,
 * and whether a bare atom, {@code ["set", ...]} or {@code ["map", ...]} is, follows from the type,
 * never from guessing at the text. Malformed JSON raises {@link ProtocolException}; well-formed
 * values that break the type's constraints raise {@link SchemaException}. Encoding writes a
 * one-element set as the bare atom, as OVS does.
 */
public final class NotationCodec {

    // the tags of the notation, written in advance: a large transaction repeats them thousands of times
    private static final JsonTextWriter.Token UUID_TAG = new JsonTextWriter.Token("uuid");
    private static final JsonTextWriter.Token NAMED_UUID_TAG = new JsonTextWriter.Token("named-uuid");
    private static final JsonTextWriter.Token SET_TAG = new JsonTextWriter.Token("set");
    private static final JsonTextWriter.Token MAP_TAG = new JsonTextWriter.Token("map");

    private NotationCodec() {
    }

    /** The atom's JSON form as a Gson tree; {@link #write(JsonTextWriter, Atom)} writes the same text. */
    public static JsonElement encode(Atom atom) {
        return new WrittenPayload(out -> write(out, atom)).tree();
    }

    /** The datum's JSON form as a Gson tree; {@link #write(JsonTextWriter, Datum)} writes the same text. */
    public static JsonElement encode(Datum datum) {
        return new WrittenPayload(out -> write(out, datum)).tree();
    }

    /** Writes an atom to a Gson writer, as {@link #write(JsonTextWriter, Atom)} writes it. */
    public static void write(JsonWriter out, Atom atom) throws IOException {
        out.jsonValue(new WrittenPayload(text -> write(text, atom)).toJson());
    }

    /** Writes a datum to a Gson writer, as {@link #write(JsonTextWriter, Datum)} writes it. */
    public static void write(JsonWriter out, Datum datum) throws IOException {
        out.jsonValue(new WrittenPayload(text -> write(text, datum)).toJson());
    }

    /** Writes an atom: a bare JSON value, or {@code ["uuid", s]} / {@code ["named-uuid", s]}. */
    public static void write(JsonTextWriter out, Atom atom) {
        if (atom instanceof StringAtom s) {
            out.value(s.value());
        } else if (atom instanceof IntegerAtom i) {
            out.value(i.value());
        } else if (atom instanceof RealAtom r) {
            out.value(r.value());
        } else if (atom instanceof BooleanAtom b) {
            out.value(b.value());
        } else if (atom instanceof UuidAtom u) {
            out.beginArray().value(UUID_TAG).value(u.value().toString()).endArray();
        } else {
            out.beginArray().value(NAMED_UUID_TAG).value(((NamedUuidAtom) atom).value().name()).endArray();
        }
    }

    /** Writes a datum: a one-element set as its bare atom, otherwise {@code ["set", [...]]} or {@code ["map", [...]]}. */
    public static void write(JsonTextWriter out, Datum datum) {
        if (datum instanceof OvsdbMap map) {
            out.beginArray().value(MAP_TAG).beginArray();
            for (OvsdbMap.Entry entry : map.entries()) {
                out.beginArray();
                write(out, entry.key());
                write(out, entry.value());
                out.endArray();
            }
            out.endArray().endArray();
            return;
        }
        OvsdbSet set = (OvsdbSet) datum;
        if (set.size() == 1) {
            write(out, set.atoms().get(0));
            return;
        }
        writeSetForm(out, set);
    }

    /**
     * Writes a set as {@code ["set",[...]]} whatever its size: OVS's IDL writes the argument of an
     * {@code insert} or {@code delete} mutation that way, and a server's error echoes it.
     */
    public static void writeSetForm(JsonTextWriter out, OvsdbSet set) {
        out.beginArray().value(SET_TAG).beginArray();
        for (Atom atom : set.atoms()) {
            write(out, atom);
        }
        out.endArray().endArray();
    }

    /**
     * Writes a set (as {@code ["set",[...]]}, whatever its size) or a map with its elements or keys in {@code order},
     * which holds each of them once.
     */
    public static void writeInOrder(JsonTextWriter out, Datum datum, List<Atom> order) {
        if (datum instanceof OvsdbMap map) {
            out.beginArray().value(MAP_TAG).beginArray();
            for (Atom key : order) {
                out.beginArray();
                write(out, key);
                write(out, map.get(key).orElseThrow());
                out.endArray();
            }
            out.endArray().endArray();
            return;
        }
        out.beginArray().value(SET_TAG).beginArray();
        for (Atom atom : order) {
            write(out, atom);
        }
        out.endArray().endArray();
    }

    /** Decodes and validates a value of {@code type}. */
    public static Datum decode(JsonElement json, ColumnType type) {
        return decode(json, type, "value");
    }

    /**
     * Decodes and validates a value of {@code type}; {@code what} (such as {@code Bridge.ports})
     * names the value in error messages.
     */
    public static Datum decode(JsonElement json, ColumnType type, String what) {
        Datum datum = type.isMap() ? decodeMap(json, type, what) : decodeSet(json, type, what);
        Optional<String> problem = type.problemWith(datum);
        if (problem.isPresent()) {
            throw new SchemaException(what + ": " + problem.get());
        }
        return datum;
    }

    /** Decodes one atom of {@code type}'s atom type, without checking its constraints. */
    public static Atom decodeAtom(JsonElement json, BaseType type, String what) {
        switch (type.type()) {
            case INTEGER:
                return new IntegerAtom(integer(json, what));
            case REAL:
                return new RealAtom(real(json, what));
            case BOOLEAN:
                if (json instanceof JsonPrimitive p && p.isBoolean()) {
                    return new BooleanAtom(p.getAsBoolean());
                }
                throw expected("a boolean", json, what);
            case STRING:
                if (json instanceof JsonPrimitive p && p.isString()) {
                    try {
                        return new StringAtom(p.getAsString());
                    } catch (IllegalArgumentException e) {
                        throw new ProtocolException(what + ": " + e.getMessage());
                    }
                }
                throw expected("a string", json, what);
            case UUID:
                return uuid(json, what);
            default:
                throw new IllegalStateException("unknown atom type " + type.type());
        }
    }

    private static OvsdbSet decodeSet(JsonElement json, ColumnType type, String what) {
        Optional<JsonArray> elements = tagged(json, "set", what);
        if (elements.isEmpty()) {
            return OvsdbSet.of(decodeAtom(json, type.key(), what));
        }
        List<Atom> atoms = new ArrayList<>(elements.get().size());
        for (JsonElement element : elements.get()) {
            atoms.add(decodeAtom(element, type.key(), what));
        }
        OvsdbSet set = OvsdbSet.of(atoms);
        if (set.size() != atoms.size()) {
            throw new ProtocolException(what + ": set contains duplicate values: " + JsonSnippet.of(json));
        }
        return set;
    }

    private static OvsdbMap decodeMap(JsonElement json, ColumnType type, String what) {
        JsonArray pairs = tagged(json, "map", what)
                .orElseThrow(() -> expected("[\"map\", [[key, value], ...]]", json, what));
        List<OvsdbMap.Entry> entries = new ArrayList<>(pairs.size());
        for (JsonElement pair : pairs) {
            if (!(pair instanceof JsonArray kv) || kv.size() != 2) {
                throw expected("a [key, value] pair", pair, what);
            }
            entries.add(new OvsdbMap.Entry(decodeAtom(kv.get(0), type.key(), what),
                    decodeAtom(kv.get(1), type.value().orElseThrow(), what)));
        }
        try {
            return new OvsdbMap(entries);
        } catch (IllegalArgumentException e) {
            throw new ProtocolException(what + ": " + e.getMessage());
        }
    }

    /** The array inside {@code [tag, [...]]}, or empty if {@code json} is not tagged so. */
    private static Optional<JsonArray> tagged(JsonElement json, String tag, String what) {
        if (json instanceof JsonArray array && array.size() > 0 && array.get(0) instanceof JsonPrimitive first
                && first.isString() && first.getAsString().equals(tag)) {
            if (array.size() != 2 || !(array.get(1) instanceof JsonArray inner)) {
                throw expected("[\"" + tag + "\", [...]]", json, what);
            }
            return Optional.of(inner);
        }
        return Optional.empty();
    }

    private static Atom uuid(JsonElement json, String what) {
        if (json instanceof JsonArray array && array.size() == 2 && array.get(0) instanceof JsonPrimitive tag
                && tag.isString() && array.get(1) instanceof JsonPrimitive text && text.isString()) {
            try {
                if (tag.getAsString().equals("uuid")) {
                    return new UuidAtom(Uuid.parse(text.getAsString()));
                }
                if (tag.getAsString().equals("named-uuid")) {
                    return new NamedUuidAtom(new NamedUuid(text.getAsString()));
                }
            } catch (IllegalArgumentException e) {
                throw new ProtocolException(what + ": " + e.getMessage());
            }
        }
        throw expected("[\"uuid\", <uuid>] or [\"named-uuid\", <name>]", json, what);
    }

    private static long integer(JsonElement json, String what) {
        if (json instanceof JsonPrimitive p && p.isNumber() && isShortPlainInteger(p.getAsString())) {
            // the common case, without BigDecimal (whose first use alone costs milliseconds at start-up)
            return Long.parseLong(p.getAsString());
        }
        BigDecimal number = number(json, "an integer", what);
        if ((long) number.precision() - number.scale() > 19) {
            throw expected("a 64-bit integer", json, what);
        }
        try {
            // OVS reads 1.0 or 1e3 as integers too
            return number.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            throw expected("a 64-bit integer", json, what);
        }
    }

    /** An optional minus and 1 to 18 digits: always a long, and read the same by both paths. */
    static boolean isShortPlainInteger(String text) {
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

    private static double real(JsonElement json, String what) {
        BigDecimal number = number(json, "a real", what);
        double value = number.doubleValue();
        if (!Double.isFinite(value)) {
            throw expected("a real within double range", json, what);
        }
        return value;
    }

    private static BigDecimal number(JsonElement json, String expectation, String what) {
        if (json instanceof JsonPrimitive p && p.isNumber()) {
            try {
                return new BigDecimal(p.getAsString());
            } catch (NumberFormatException e) {
                throw expected(expectation, json, what);
            }
        }
        throw expected(expectation, json, what);
    }

    static ProtocolException expected(String expectation, JsonElement got, String what) {
        return new ProtocolException(what + ": expected " + expectation + ", got " + JsonSnippet.of(got));
    }
}
