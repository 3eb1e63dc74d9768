package io.ovsguard.ovsdb.codec;

import com.google.gson.JsonPrimitive;
import com.google.gson.internal.LazilyParsedNumber;
import io.ovsguard.ovsdb.error.OvsdbException;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.BooleanAtom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.IntegerAtom;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.StringAtom;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.notation.UuidAtom;
import io.ovsguard.ovsdb.schema.BaseType;
import io.ovsguard.ovsdb.schema.ColumnType;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one datum of a known column type straight from a {@link ReplyText}, giving exactly what
 * {@link NotationCodec#decode(com.google.gson.JsonElement, ColumnType, String)} gives for the same text whenever
 * it reads it at all: the forms a server writes (bare atoms, {@code ["set", [...]]}, {@code ["map", [...]]},
 * {@code ["uuid", "..."]}) that fit the type's constraints. Anything else, a value that would be an error on the
 * tree path included, is {@link ReplyText.Unreadable}, and the caller reads the value as a tree instead. Stateless.
 */
final class TextDatumReader {

    // values are immutable: every port's "fake_bridge":false can be the same one
    private static final BooleanAtom TRUE = new BooleanAtom(true);
    private static final BooleanAtom FALSE = new BooleanAtom(false);

    private TextDatumReader() {
    }

    /** @throws ReplyText.Unreadable if the value is not in a form read here, or does not fit {@code type} */
    static Datum read(ReplyText in, ColumnType type) {
        Datum datum = type.isMap() ? map(in, type) : set(in, type);
        if (type.problemWith(datum).isPresent()) {
            throw ReplyText.Unreadable.INSTANCE;
        }
        return datum;
    }

    private static OvsdbSet set(ReplyText in, ColumnType type) {
        BaseType key = type.key();
        if (!in.startsTagged("set")) {
            // a bare atom, ["uuid", "..."] included
            return new OvsdbSet(List.of(atom(in, key)));
        }
        in.expect('[');
        if (!in.consumeWord("set")) {
            throw ReplyText.Unreadable.INSTANCE;
        }
        in.expect(',');
        in.expect('[');
        if (in.consume(']')) {
            in.expect(']');
            return OvsdbSet.empty();
        }
        List<Atom> atoms = new ArrayList<>();
        do {
            atoms.add(atom(in, key));
        } while (in.consume(','));
        in.expect(']');
        in.expect(']');
        // the set sorts a copy of the list
        OvsdbSet set = new OvsdbSet(atoms);
        if (set.size() != atoms.size()) {
            throw ReplyText.Unreadable.INSTANCE;
        }
        return set;
    }

    private static OvsdbMap map(ReplyText in, ColumnType type) {
        in.expect('[');
        if (!in.consumeWord("map")) {
            throw ReplyText.Unreadable.INSTANCE;
        }
        in.expect(',');
        in.expect('[');
        BaseType keyType = type.key();
        BaseType valueType = type.value().orElseThrow();
        if (in.consume(']')) {
            in.expect(']');
            return OvsdbMap.empty();
        }
        List<OvsdbMap.Entry> entries = new ArrayList<>();
        do {
            in.expect('[');
            Atom key = atom(in, keyType);
            in.expect(',');
            Atom value = atom(in, valueType);
            in.expect(']');
            entries.add(new OvsdbMap.Entry(key, value));
        } while (in.consume(','));
        in.expect(']');
        in.expect(']');
        try {
            return new OvsdbMap(entries);
        } catch (IllegalArgumentException duplicateKeys) {
            throw ReplyText.Unreadable.INSTANCE;
        }
    }

    /**
     * {@code ["uuid", "<uuid>"]}: the value of a {@code _uuid} or {@code _version} column as the server writes it,
     * or a uuid atom.
     */
    static Uuid uuid(ReplyText in) {
        in.expect('[');
        if (!in.consumeWord("uuid")) {
            throw ReplyText.Unreadable.INSTANCE;
        }
        in.expect(',');
        int at = in.uuidString();
        in.expect(']');
        try {
            return Uuid.parse(in.text(), at);
        } catch (IllegalArgumentException notUuid) {
            throw ReplyText.Unreadable.INSTANCE;
        }
    }

    /** One atom of {@code type}, its constraints unchecked (the datum's check covers them). */
    private static Atom atom(ReplyText in, BaseType type) {
        switch (type.type()) {
            case STRING:
                try {
                    return new StringAtom(in.string());
                } catch (IllegalArgumentException notStorable) {
                    throw ReplyText.Unreadable.INSTANCE;
                }
            case INTEGER:
                return new IntegerAtom(in.plainInteger());
            case BOOLEAN:
                return in.bool() ? TRUE : FALSE;
            case UUID:
                return new UuidAtom(uuid(in));
            case REAL:
                // rare in replies: the tree decoder's own reading of the number, so both agree to the last bit
                try {
                    return NotationCodec.decodeAtom(new JsonPrimitive(new LazilyParsedNumber(in.numberToken())),
                            type, "real");
                } catch (OvsdbException outOfRange) {
                    throw ReplyText.Unreadable.INSTANCE;
                }
            default:
                throw new IllegalStateException("unknown atom type " + type.type());
        }
    }
}
