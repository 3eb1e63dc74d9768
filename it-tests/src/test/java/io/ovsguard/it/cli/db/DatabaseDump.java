package io.ovsguard.it.cli.db;

import io.ovsguard.cli.format.OvsJson;
import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.op.Operation;
import io.ovsguard.ovsdb.op.Transaction;
import io.ovsguard.ovsdb.result.TransactResult;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every row of every table as comparable text: columns in name order ({@code _version} left out), uuids the two
 * servers do not share replaced by {@code <new>}, rows sorted within their table.
 */
final class DatabaseDump {

    private DatabaseDump() {
    }

    static List<List<Row>> selectAll(BlockingOvsdbClient client, DatabaseSchema schema) {
        List<Operation> selects = new ArrayList<>();
        for (String table : schema.tables().keySet()) {
            selects.add(new Operation.Select(table, List.of(), Optional.empty()));
        }
        TransactResult result = client.transact(new Transaction(schema.name(), selects)).orThrow();
        List<List<Row>> tables = new ArrayList<>();
        for (int i = 0; i < selects.size(); i++) {
            tables.add(result.rows(i));
        }
        return tables;
    }

    /** The uuids of every row, to tell rows that existed before a command from rows it created. */
    static Set<String> uuids(BlockingOvsdbClient client, DatabaseSchema schema) {
        Set<String> uuids = new HashSet<>();
        for (List<Row> rows : selectAll(client, schema)) {
            rows.forEach(r -> r.uuid().ifPresent(u -> uuids.add(u.toString())));
        }
        return uuids;
    }

    /** A datum's elements as normalized text, sorted, since a new uuid's place in a set is random. */
    private static List<String> elements(Datum datum, Set<String> knownUuids) {
        List<String> elements = new ArrayList<>();
        if (datum instanceof OvsdbMap map) {
            map.entries().forEach(e -> elements.add(atom(e.key(), knownUuids) + "=" + atom(e.value(), knownUuids)));
        } else {
            ((OvsdbSet) datum).atoms().forEach(a -> elements.add(atom(a, knownUuids)));
        }
        elements.sort(null);
        return elements;
    }

    private static String atom(Atom atom, Set<String> knownUuids) {
        String text = OvsJson.write(OvsJson.ofAtom(atom), false);
        return OutputNormalizer.normalize(text, knownUuids).replaceAll("<new\\d+>", "<new>");
    }

    static String text(BlockingOvsdbClient client, DatabaseSchema schema, Set<String> knownUuids) {
        List<String> tables = new ArrayList<>(schema.tables().keySet());
        List<List<Row>> all = selectAll(client, schema);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < tables.size(); i++) {
            List<String> rows = new ArrayList<>();
            for (Row row : all.get(i)) {
                Map<String, Object> columns = new TreeMap<>();
                row.columns().forEach((name, datum) -> columns.put(name, elements(datum, knownUuids)));
                String uuid = row.uuid().map(Object::toString).orElse("?");
                String line = OvsJson.write(List.of(uuid, columns), false);
                rows.add(OutputNormalizer.normalize(line, knownUuids).replaceAll("<new\\d+>", "<new>"));
            }
            rows.sort(null);
            out.append(tables.get(i)).append(" (").append(rows.size()).append(" rows)\n");
            rows.forEach(r -> out.append("  ").append(r).append('\n'));
        }
        return out.toString();
    }
}
