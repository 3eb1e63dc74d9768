package io.ovsguard.validator.guard;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.ovsguard.ovsdb.codec.NotationCodec;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.schema.TableSchema;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The marks a guarded change leaves in {@code external_ids} of every row it writes, until its outcome is settled:
 * {@code ovsguard-guard=<id>} and {@code ovsguard-undo=<json>}. A row the change inserted says {@code {"inserted":true}};
 * a row it modified keeps, per written column, the value before and (when known at commit) the value after, so that
 * a recovery can restore the first only while it still finds the second.
 */
public record CrashMark(String guardId, boolean inserted, Map<String, ColumnUndo> columns) {

    public static final String GUARD_KEY = "ovsguard-guard";
    public static final String UNDO_KEY = "ovsguard-undo";
    public static final String EXTERNAL_IDS = "external_ids";

    /** One written column: its value before the change and, if known, after it. */
    public record ColumnUndo(Datum before, Optional<Datum> after) {
    }

    public CrashMark {
        columns = Map.copyOf(columns);
    }

    public static CrashMark insertedRow(String guardId) {
        return new CrashMark(guardId, true, Map.of());
    }

    /** The two external_ids entries of this mark. */
    public Map<String, String> entries() {
        JsonObject undo = new JsonObject();
        if (inserted) {
            undo.addProperty("inserted", true);
        } else {
            JsonObject cols = new JsonObject();
            columns.forEach((name, u) -> {
                JsonObject col = new JsonObject();
                col.add("before", NotationCodec.encode(u.before()));
                u.after().ifPresent(a -> col.add("after", NotationCodec.encode(a)));
                cols.add(name, col);
            });
            undo.add("columns", cols);
        }
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(GUARD_KEY, guardId);
        entries.put(UNDO_KEY, undo.toString());
        return entries;
    }

    /** The guard id a row is marked with, if any. */
    public static Optional<String> guardIdOf(Row row) {
        return externalIds(row).flatMap(ids -> Optional.ofNullable(ids.get(GUARD_KEY)));
    }

    /**
     * Reads the mark of a row.
     *
     * @throws IllegalStateException naming the row if the mark is missing its undo entry or is not valid JSON
     */
    public static Optional<CrashMark> of(Row row, TableSchema table) {
        Optional<Map<String, String>> ids = externalIds(row);
        if (ids.isEmpty() || !ids.get().containsKey(GUARD_KEY)) {
            return Optional.empty();
        }
        String id = ids.get().get(GUARD_KEY);
        String undo = ids.get().get(UNDO_KEY);
        if (undo == null) {
            throw new IllegalStateException(table.name() + " " + row.uuid().orElse(null) + " is marked by guard " + id
                    + " but has no " + UNDO_KEY);
        }
        try {
            JsonObject json = JsonParser.parseString(undo).getAsJsonObject();
            if (json.has("inserted") && json.get("inserted").getAsBoolean()) {
                return Optional.of(insertedRow(id));
            }
            JsonObject cols = json.getAsJsonObject("columns");
            if (cols == null) {
                throw new IllegalStateException("no \"columns\" member");
            }
            Map<String, ColumnUndo> columns = new LinkedHashMap<>();
            for (Map.Entry<String, JsonElement> col : cols.entrySet()) {
                JsonObject c = col.getValue().getAsJsonObject();
                if (!c.has("before")) {
                    throw new IllegalStateException("column " + col.getKey() + " has no \"before\" value");
                }
                var type = table.column(col.getKey()).type();
                Datum before = NotationCodec.decode(c.get("before"), type);
                Optional<Datum> after = c.has("after") ? Optional.of(NotationCodec.decode(c.get("after"), type))
                        : Optional.empty();
                columns.put(col.getKey(), new ColumnUndo(before, after));
            }
            return Optional.of(new CrashMark(id, false, columns));
        } catch (JsonParseException | IllegalStateException | ClassCastException
                 | io.ovsguard.ovsdb.error.OvsdbException e) {
            throw new IllegalStateException("the " + UNDO_KEY + " mark of " + table.name() + " "
                    + row.uuid().orElse(null) + " cannot be read (" + e.getMessage() + "): " + undo, e);
        }
    }

    /** {@code external_ids} without this project's mark keys. */
    public static Datum withoutMarks(Datum externalIds) {
        if (!(externalIds instanceof OvsdbMap map)) {
            return externalIds;
        }
        return new OvsdbMap(map.entries().stream().filter(e -> !isMarkKey(e.key())).toList());
    }

    /** The mark keys, as the set a {@code delete} mutation of {@code external_ids} takes. */
    public static OvsdbSet markKeys() {
        return OvsdbSet.ofStrings(GUARD_KEY, UNDO_KEY);
    }

    private static boolean isMarkKey(io.ovsguard.ovsdb.notation.Atom key) {
        return key.equals(io.ovsguard.ovsdb.notation.Atom.string(GUARD_KEY))
                || key.equals(io.ovsguard.ovsdb.notation.Atom.string(UNDO_KEY));
    }

    private static Optional<Map<String, String>> externalIds(Row row) {
        return row.get(EXTERNAL_IDS).filter(OvsdbMap.class::isInstance).map(d -> {
            Map<String, String> out = new LinkedHashMap<>();
            ((OvsdbMap) d).entries().forEach(e -> {
                if (e.key() instanceof io.ovsguard.ovsdb.notation.StringAtom k
                        && e.value() instanceof io.ovsguard.ovsdb.notation.StringAtom v) {
                    out.put(k.value(), v.value());
                }
            });
            return out;
        });
    }
}
