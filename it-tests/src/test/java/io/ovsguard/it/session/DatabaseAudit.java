package io.ovsguard.it.session;

import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.op.Operation;
import io.ovsguard.ovsdb.op.Transaction;
import io.ovsguard.ovsdb.replica.ReplicaSnapshot;
import io.ovsguard.ovsdb.replica.TableView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Compares what a client was told with a fresh dump of the database: every transaction reported
 * committed is there exactly once, none reported failed is, none is unresolved; and a replica
 * equals the dump.
 */
final class DatabaseAudit {

    private DatabaseAudit() {
    }

    /** A fresh dump of every table of {@code snapshot}'s database, through {@code client}. */
    static Map<String, Map<Uuid, Map<String, Datum>>> dump(BlockingOvsdbClient client, java.util.Set<String> tables) {
        List<Operation> selects = new ArrayList<>();
        List<String> names = new ArrayList<>(tables);
        for (String table : names) {
            selects.add(new Operation.Select(table, List.of(), Optional.empty()));
        }
        var result = client.transact(new Transaction(MarkedWorkload.DB, selects)).orThrow();
        Map<String, Map<Uuid, Map<String, Datum>>> dump = new TreeMap<>();
        for (int i = 0; i < names.size(); i++) {
            Map<Uuid, Map<String, Datum>> rows = new TreeMap<>();
            for (Row row : result.rows(i)) {
                rows.put(row.uuid().orElseThrow(), row.columns());
            }
            dump.put(names.get(i), rows);
        }
        return dump;
    }

    static Map<String, Map<Uuid, Map<String, Datum>>> contents(ReplicaSnapshot snapshot) {
        Map<String, Map<Uuid, Map<String, Datum>>> contents = new TreeMap<>();
        for (TableView table : snapshot.tables().values()) {
            Map<Uuid, Map<String, Datum>> rows = new TreeMap<>();
            table.toSortedMap().forEach((uuid, row) -> rows.put(uuid, row.columns()));
            contents.put(table.name(), rows);
        }
        return contents;
    }

    /** How many Queue rows carry each marker. */
    static Map<String, Integer> markerCounts(Map<String, Map<Uuid, Map<String, Datum>>> dump) {
        Map<String, Integer> counts = new HashMap<>();
        for (Map<String, Datum> row : dump.getOrDefault("Queue", Map.of()).values()) {
            Datum ids = row.get("external_ids");
            if (ids instanceof OvsdbMap map) {
                map.get(Atom.string(MarkedWorkload.MARKER)).ifPresent(marker ->
                        counts.merge(((io.ovsguard.ovsdb.notation.StringAtom) marker).value(), 1, Integer::sum));
            }
        }
        return counts;
    }

    /** Every violation of the outcome rules, one line each; empty if the ledger is honest. */
    static List<String> violations(Map<String, MarkedWorkload.Reported> reported, Map<String, Integer> counts) {
        List<String> problems = new ArrayList<>();
        reported.forEach((marker, what) -> {
            int count = counts.getOrDefault(marker, 0);
            switch (what) {
                case COMMITTED:
                case COMMITTED_BY_CHECK:
                    if (count != 1) {
                        problems.add(marker + " reported " + what + " but is in the database " + count + " times");
                    }
                    break;
                case FAILED:
                case NOT_COMMITTED_BY_CHECK:
                    if (count != 0) {
                        problems.add(marker + " reported " + what + " but is in the database " + count + " times");
                    }
                    break;
                default:
                    problems.add(marker + " is " + what);
            }
        });
        counts.forEach((marker, count) -> {
            if (!reported.containsKey(marker)) {
                problems.add(marker + " is in the database but was never sent by this run");
            }
        });
        return problems;
    }
}
