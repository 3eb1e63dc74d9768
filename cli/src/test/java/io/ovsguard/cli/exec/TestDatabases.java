package io.ovsguard.cli.exec;

import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds {@link WorkingDatabase}s as if fetched from a server, for unit tests. */
public final class TestDatabases {

    private final WorkingDatabase db;
    private final DatabaseSchema schema;

    private TestDatabases(DatabaseSchema schema) {
        this.schema = schema;
        this.db = new WorkingDatabase(schema);
    }

    public static TestDatabases of(DatabaseSchema schema) {
        return new TestDatabases(schema);
    }

    /** Adds a fetched table whose rows have every column at its default except those given. */
    @SafeVarargs
    public final TestDatabases table(String table, Map.Entry<Uuid, Map<String, Datum>>... rows) {
        Map<Uuid, Map<String, Datum>> fetched = new LinkedHashMap<>();
        for (Map.Entry<Uuid, Map<String, Datum>> row : rows) {
            Map<String, Datum> columns = new LinkedHashMap<>();
            schema.table(table).userColumns().forEach(c -> columns.put(c.name(), c.type().defaultDatum()));
            columns.putAll(row.getValue());
            fetched.put(row.getKey(), columns);
        }
        db.addFetched(table, fetched);
        return this;
    }

    public WorkingDatabase build() {
        return db;
    }
}
