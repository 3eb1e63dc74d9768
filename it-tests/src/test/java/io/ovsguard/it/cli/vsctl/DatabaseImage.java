package io.ovsguard.it.cli.vsctl;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Every row of every table of one database, as the server returned them (uuids included, {@code _version} dropped).
 * It can rebuild itself in another server with the same uuids, and render itself canonically: uuids replaced by
 * labels given by content, so two databases built by the same commands on different servers render the same.
 */
final class DatabaseImage {

    private static final String UUID = "_uuid";
    private static final int REFINEMENT_ROUNDS = 3;

    /** Table name to rows, tables in name order. */
    private final Map<String, List<JsonObject>> tables;

    private DatabaseImage(Map<String, List<JsonObject>> tables) {
        this.tables = tables;
    }

    static DatabaseImage capture(RawOvsdbConnection connection, List<String> tableNames) {
        JsonArray selects = new JsonArray();
        for (String table : tableNames) {
            JsonObject select = new JsonObject();
            select.addProperty("op", "select");
            select.addProperty("table", table);
            select.add("where", new JsonArray());
            selects.add(select);
        }
        JsonArray results = connection.transact(selects);
        Map<String, List<JsonObject>> tables = new TreeMap<>();
        for (int i = 0; i < tableNames.size(); i++) {
            List<JsonObject> rows = new ArrayList<>();
            for (JsonElement row : results.get(i).getAsJsonObject().getAsJsonArray("rows")) {
                JsonObject copy = row.getAsJsonObject().deepCopy();
                copy.remove("_version");
                rows.add(copy);
            }
            tables.put(tableNames.get(i), rows);
        }
        return new DatabaseImage(tables);
    }

    /**
     * Every uuid that names a row of this image, with its canonical label. Rows are ordered by a key that starts
     * as their content with uuids masked and is refined a few times with the keys of the rows they refer to and
     * that refer to them, so rows that differ only in their neighbours (two CT_Zone rows pointing at different
     * policies) still get the same labels on both servers.
     */
    UuidLabels labels() {
        Map<String, String> keys = new HashMap<>();
        Map<String, List<String>> referrers = new HashMap<>();
        forEachRow((table, row) -> {
            keys.put(uuidOf(row), digest(renderValue(sortedObject(withoutUuid(row)), null)));
            collectReferences(table, row, referrers);
        });
        for (int round = 0; round < REFINEMENT_ROUNDS; round++) {
            Map<String, String> previous = Map.copyOf(keys);
            UuidLabels byKey = new UuidLabels();
            previous.forEach(byKey::name);
            forEachRow((table, row) -> {
                List<String> incoming = new ArrayList<>();
                for (String from : referrers.getOrDefault(uuidOf(row), List.of())) {
                    String[] parts = from.split(" ", 2);
                    incoming.add(parts[1] + ":" + previous.get(parts[0]));
                }
                incoming.sort(Comparator.naturalOrder());
                keys.put(uuidOf(row), digest(renderValue(sortedObject(withoutUuid(row)), byKey) + incoming));
            });
        }
        UuidLabels labels = new UuidLabels();
        for (Map.Entry<String, List<JsonObject>> table : tables.entrySet()) {
            int n = 0;
            for (JsonObject row : table.getValue().stream().sorted(Comparator.comparing(r -> keys.get(uuidOf(r))))
                    .toList()) {
                labels.name(uuidOf(row), table.getKey() + "#" + ++n);
            }
        }
        return labels;
    }

    private void forEachRow(BiConsumer<String, JsonObject> action) {
        tables.forEach((table, rows) -> rows.forEach(row -> action.accept(table, row)));
    }

    /**
     * Records, for every uuid a column of {@code row} holds, "referrer-uuid Table.column" plus the map key when the
     * uuid is a map value (so zones 1 and 2 of a datapath stay apart even when their rows are alike).
     */
    private static void collectReferences(String table, JsonObject row, Map<String, List<String>> referrers) {
        String self = uuidOf(row);
        withoutUuid(row).asMap().forEach((column, value) -> {
            Map<String, String> found = new HashMap<>();
            uuidsIn(value, "", found);
            found.forEach((target, where) -> referrers.computeIfAbsent(target, t -> new ArrayList<>())
                    .add(self + " " + table + "." + column + where));
        });
    }

    /** Collects uuid → where it sits ("" in a set or scalar, "[key]" as a map value, "(key)" as a map key). */
    private static void uuidsIn(JsonElement value, String where, Map<String, String> found) {
        if (!value.isJsonArray()) {
            return;
        }
        JsonArray array = value.getAsJsonArray();
        if (array.size() == 2 && array.get(0).isJsonPrimitive() && array.get(0).getAsString().equals("uuid")) {
            found.merge(array.get(1).getAsString(), where, (a, b) -> a + "," + b);
            return;
        }
        if (array.size() == 2 && array.get(0).isJsonPrimitive() && array.get(0).getAsString().equals("map")) {
            for (JsonElement pair : array.get(1).getAsJsonArray()) {
                String key = renderValue(pair.getAsJsonArray().get(0), null);
                uuidsIn(pair.getAsJsonArray().get(0), "(" + key + ")", found);
                uuidsIn(pair.getAsJsonArray().get(1), "[" + key + "]", found);
            }
            return;
        }
        array.forEach(member -> uuidsIn(member, where, found));
    }

    private static String uuidOf(JsonObject row) {
        return row.getAsJsonArray(UUID).get(1).getAsString();
    }

    private static JsonObject withoutUuid(JsonObject row) {
        JsonObject copy = row.deepCopy();
        copy.remove(UUID);
        return copy;
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One line per row, uuids replaced by labels and set and map members in label order. */
    String render(UuidLabels labels) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, List<JsonObject>> table : tables.entrySet()) {
            List<String> rows = new ArrayList<>();
            for (JsonObject row : table.getValue()) {
                StringBuilder line = new StringBuilder(table.getKey()).append(' ')
                        .append(labels.label(row.getAsJsonArray(UUID).get(1).getAsString())).append(" {");
                new TreeMap<>(row.asMap()).forEach((column, value) -> {
                    if (!column.equals(UUID)) {
                        line.append(' ').append(column).append('=').append(renderValue(value, labels));
                    }
                });
                rows.add(line.append(" }").toString());
            }
            rows.stream().sorted().forEach(r -> text.append(r).append('\n'));
        }
        return text.toString();
    }

    /** Replaces the contents of the connected database by this image, keeping every uuid. */
    void restoreInto(RawOvsdbConnection connection) {
        JsonArray deletes = new JsonArray();
        JsonArray inserts = new JsonArray();
        for (Map.Entry<String, List<JsonObject>> table : tables.entrySet()) {
            JsonObject delete = new JsonObject();
            delete.addProperty("op", "delete");
            delete.addProperty("table", table.getKey());
            delete.add("where", new JsonArray());
            deletes.add(delete);
            for (JsonObject row : table.getValue()) {
                JsonObject columns = row.deepCopy();
                columns.remove(UUID);
                JsonObject insert = new JsonObject();
                insert.addProperty("op", "insert");
                insert.addProperty("table", table.getKey());
                insert.add("row", columns);
                insert.add("uuid", row.getAsJsonArray(UUID).get(1));
                inserts.add(insert);
            }
        }
        // two transactions: a uuid may not be inserted while a row that is being deleted still holds it
        connection.transact(deletes);
        if (!inserts.isEmpty()) {
            connection.transact(inserts);
        }
    }

    /** An image with only an Open_vSwitch row with default values under {@code uuid} (a freshly initialised db). */
    static DatabaseImage initialized(List<String> tableNames, String uuid) {
        Map<String, List<JsonObject>> tables = new TreeMap<>();
        tableNames.forEach(t -> tables.put(t, new ArrayList<>()));
        JsonObject row = new JsonObject();
        JsonArray id = new JsonArray();
        id.add("uuid");
        id.add(uuid);
        row.add(UUID, id);
        tables.get(RawOvsdbConnection.DATABASE).add(row);
        return new DatabaseImage(tables);
    }

    static DatabaseImage empty(List<String> tableNames) {
        Map<String, List<JsonObject>> tables = new TreeMap<>();
        tableNames.forEach(t -> tables.put(t, new ArrayList<>()));
        return new DatabaseImage(tables);
    }

    private static JsonObject sortedObject(JsonObject object) {
        JsonObject sorted = new JsonObject();
        new TreeMap<>(object.asMap()).forEach(sorted::add);
        return sorted;
    }

    /** A value in compact form; with {@code labels == null} every uuid is masked. */
    private static String renderValue(JsonElement value, UuidLabels labels) {
        if (value.isJsonObject()) {
            StringBuilder text = new StringBuilder("{");
            value.getAsJsonObject().asMap().forEach((k, v) -> text.append(k).append(':')
                    .append(renderValue(v, labels)).append(' '));
            return text.append('}').toString();
        }
        if (!value.isJsonArray()) {
            return value.toString();
        }
        JsonArray array = value.getAsJsonArray();
        String tag = array.get(0).getAsString();
        if (tag.equals("uuid")) {
            return labels == null ? "<uuid>" : labels.label(array.get(1).getAsString());
        }
        if (tag.equals("named-uuid")) {
            return "<named " + array.get(1).getAsString() + ">";
        }
        List<String> members = new ArrayList<>();
        for (JsonElement member : array.get(1).getAsJsonArray()) {
            if (tag.equals("map")) {
                JsonArray pair = member.getAsJsonArray();
                members.add(renderValue(pair.get(0), labels) + "=" + renderValue(pair.get(1), labels));
            } else {
                members.add(renderValue(member, labels));
            }
        }
        members.sort(Comparator.naturalOrder());
        return (tag.equals("map") ? "{" : "[") + String.join(", ", members) + (tag.equals("map") ? "}" : "]");
    }
}
