package io.ovsguard.ovsdb.schema;

import io.ovsguard.ovsdb.error.SchemaException;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The tables of a {@link DatabaseSchema}, each built from its definition the first time it is asked for, then kept.
 * A short-lived client (a CLI call) uses a handful of a database's tables; building the Open_vSwitch schema's other
 * tables would be most of its schema cost. Reads are safe from any thread; iterating the entries builds every table.
 * A table whose definition is wrong fails with a {@link SchemaException} when it is first asked for, and again on
 * every later request.
 */
final class TablesOnDemand extends AbstractMap<String, TableSchema> {

    private final String database;
    private final Set<String> names;
    private final Function<String, TableSchema> definition;
    private final Map<String, TableSchema> built = new ConcurrentHashMap<>();

    /**
     * @param names      every table's name, in the schema's order
     * @param definition builds the table of the given name; it may throw {@link SchemaException}
     */
    TablesOnDemand(String database, List<String> names, Function<String, TableSchema> definition) {
        this.database = database;
        this.names = Collections.unmodifiableSet(new LinkedHashSet<>(names));
        this.definition = definition;
    }

    @Override
    public TableSchema get(Object key) {
        // a built table without the name check or a capturing lambda: a large transaction asks once per operation
        TableSchema table = key == null ? null : built.get(key);
        if (table != null) {
            return table;
        }
        if (!names.contains(key)) {
            return null;
        }
        return built.computeIfAbsent((String) key, this::build);
    }

    @Override
    public boolean containsKey(Object key) {
        return names.contains(key);
    }

    @Override
    public int size() {
        return names.size();
    }

    @Override
    public Set<String> keySet() {
        return names;
    }

    @Override
    public Set<Entry<String, TableSchema>> entrySet() {
        Map<String, TableSchema> all = new LinkedHashMap<>();
        for (String name : names) {
            all.put(name, get(name));
        }
        return Collections.unmodifiableMap(all).entrySet();
    }

    private TableSchema build(String name) {
        TableSchema table = definition.apply(name);
        DatabaseSchema.checkTable(database, name, table, names);
        return table;
    }
}
