package io.ovsguard.ovsdb.codec;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonWriter;
import io.ovsguard.ovsdb.error.ProtocolException;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.notation.UuidAtom;
import io.ovsguard.ovsdb.schema.ColumnSchema;
import io.ovsguard.ovsdb.schema.TableSchema;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A {@link Row} to and from a JSON {@code <row>} object, decoded against the table's schema. */
public final class RowCodec {

    private RowCodec() {
    }

    /** The row's columns as a JSON object; {@code _uuid} and {@code _version} are never written. */
    public static JsonObject encode(Row row) {
        return new WrittenPayload(out -> write(out, row)).tree().getAsJsonObject();
    }

    /** Writes the row's columns to a Gson writer, as {@link #write(JsonTextWriter, Row)} does. */
    public static void write(JsonWriter out, Row row) throws IOException {
        out.jsonValue(new WrittenPayload(text -> write(text, row)).toJson());
    }

    /** Writes the row's columns as a JSON object, as {@link #encode(Row)} does. */
    public static void write(JsonTextWriter out, Row row) {
        out.beginObject();
        row.columns().forEach((column, datum) -> NotationCodec.write(out.name(column), datum));
        out.endObject();
    }

    /**
     * Decodes a {@code <row>} of {@code table}. {@code _uuid} and {@code _version} members become
     * the row's uuid and version.
     *
     * @throws io.ovsguard.ovsdb.error.SchemaException for an unknown column or a value that breaks its type
     * @throws ProtocolException if {@code json} is not a row object
     */
    public static Row decode(JsonElement json, TableSchema table) {
        JsonObject object = object(json, "a " + table.name() + " row");
        Map<String, Datum> columns = new LinkedHashMap<>();
        Row row = Row.empty();
        for (Map.Entry<String, JsonElement> member : object.entrySet()) {
            ColumnSchema column = table.column(member.getKey());
            Datum datum = NotationCodec.decode(member.getValue(), column.type(), table.name() + "." + column.name());
            if (Row.UUID_COLUMN.equals(column.name())) {
                row = row.withUuid(uuidOf(datum));
            } else if (Row.VERSION_COLUMN.equals(column.name())) {
                row = row.withVersion(uuidOf(datum));
            } else {
                columns.put(column.name(), datum);
            }
        }
        return new Row(columns, row.uuid(), row.version());
    }

    static Uuid uuidOf(Datum datum) {
        Optional<Uuid> uuid = ((OvsdbSet) datum).single().filter(UuidAtom.class::isInstance)
                .map(atom -> ((UuidAtom) atom).value());
        return uuid.orElseThrow(() -> new ProtocolException("_uuid and _version must be real uuids"));
    }

    static JsonObject object(JsonElement json, String what) {
        if (json instanceof JsonObject object) {
            return object;
        }
        throw NotationCodec.expected("an object", json, what);
    }
}
