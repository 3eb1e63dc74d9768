package io.ovsguard.cli.exec;

import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.notation.UuidAtom;
import io.ovsguard.ovsdb.op.Condition;
import io.ovsguard.ovsdb.op.Function;
import io.ovsguard.ovsdb.op.Operation;
import io.ovsguard.ovsdb.op.Transaction;
import io.ovsguard.ovsdb.result.TransactResult;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the declared tables and columns in one read-only transaction, so every command of a command line sees one
 * consistent state of the database. With row restrictions, rows linked to the fetched ones
 * ({@link Prerequisites#follow}) come in further transactions, one per step along the links.
 */
final class RowFetcher {

    /** Steps along the links: interface to port to interface settles in two; more means a cycle of new rows. */
    private static final int MAX_LINK_STEPS = 4;

    private final BlockingOvsdbClient client;
    private final DatabaseSchema schema;

    RowFetcher(BlockingOvsdbClient client, DatabaseSchema schema) {
        this.client = client;
        this.schema = schema;
    }

    WorkingDatabase fetch(Prerequisites prerequisites, Duration timeout) {
        Map<String, Set<String>> wanted = prerequisites.asMap();
        Map<String, Map<Uuid, Map<String, Datum>>> byTable = new LinkedHashMap<>();
        wanted.keySet().forEach(t -> byTable.put(t, new LinkedHashMap<>()));
        Selects first = new Selects(wanted);
        for (String table : wanted.keySet()) {
            List<List<Condition>> restrictions = prerequisites.restrictionsOf(table);
            for (List<Condition> where : restrictions.isEmpty() ? List.of(List.<Condition>of()) : restrictions) {
                first.add(table, where);
            }
        }
        first.run(timeout, byTable);
        Set<String> asked = new HashSet<>();
        for (int step = 0; step < MAX_LINK_STEPS; step++) {
            Selects linked = new Selects(wanted);
            for (Prerequisites.Link link : prerequisites.links()) {
                if (byTable.containsKey(link.from()) && byTable.containsKey(link.to())
                        && !prerequisites.restrictionsOf(link.to()).isEmpty()) {
                    follow(link, byTable, asked, linked);
                }
            }
            if (linked.isEmpty()) {
                break;
            }
            linked.run(timeout, byTable);
        }
        WorkingDatabase db = new WorkingDatabase(schema);
        byTable.forEach(db::addFetched);
        return db;
    }

    /** Adds the selects for the rows {@code link} reaches from the rows fetched so far and not asked for yet. */
    private static void follow(Prerequisites.Link link, Map<String, Map<Uuid, Map<String, Datum>>> byTable,
            Set<String> asked, Selects selects) {
        Map<Uuid, Map<String, Datum>> targets = byTable.get(link.to());
        if (link.reverse()) {
            for (Uuid uuid : byTable.get(link.from()).keySet()) {
                if (asked.add(link.key() + uuid)) {
                    selects.add(link.to(), List.of(new Condition(link.column(), Function.INCLUDES,
                            OvsdbSet.of(Atom.uuid(uuid)))));
                }
            }
            return;
        }
        for (Map<String, Datum> row : List.copyOf(byTable.get(link.from()).values())) {
            for (Uuid uuid : references(row.get(link.column()))) {
                if (!targets.containsKey(uuid) && asked.add(link.to() + uuid)) {
                    selects.add(link.to(), List.of(Condition.uuidIs(uuid)));
                }
            }
        }
    }

    /** The uuids a set or map value references. */
    private static List<Uuid> references(Datum value) {
        List<Uuid> uuids = new ArrayList<>();
        if (value instanceof OvsdbSet set) {
            set.atoms().forEach(atom -> addUuid(atom, uuids));
        } else if (value instanceof OvsdbMap map) {
            map.entries().forEach(entry -> {
                addUuid(entry.key(), uuids);
                addUuid(entry.value(), uuids);
            });
        }
        return uuids;
    }

    private static void addUuid(Atom atom, List<Uuid> uuids) {
        if (atom instanceof UuidAtom uuid) {
            uuids.add(uuid.value());
        }
    }

    /** The selects of one read-only transaction, and where their rows go. */
    private final class Selects {
        private final Map<String, Set<String>> wanted;
        private final List<Operation> operations = new ArrayList<>();
        private final List<String> tables = new ArrayList<>();

        Selects(Map<String, Set<String>> wanted) {
            this.wanted = wanted;
        }

        void add(String table, List<Condition> where) {
            Set<String> columns = new LinkedHashSet<>();
            columns.add(Row.UUID_COLUMN);
            columns.addAll(wanted.get(table));
            columns.remove(Row.VERSION_COLUMN);
            operations.add(new Operation.Select(table, where, Optional.of(List.copyOf(columns))));
            tables.add(table);
        }

        boolean isEmpty() {
            return operations.isEmpty();
        }

        void run(Duration timeout, Map<String, Map<Uuid, Map<String, Datum>>> byTable) {
            TransactResult result = client.transact(new Transaction(schema.name(), operations), timeout).orThrow();
            for (int i = 0; i < operations.size(); i++) {
                Map<Uuid, Map<String, Datum>> rows = byTable.get(tables.get(i));
                for (Row row : result.rows(i)) {
                    Uuid uuid = row.uuid().orElseThrow(() -> new IllegalStateException("select returned no _uuid"));
                    rows.put(uuid, row.columns());
                }
            }
        }
    }
}
