package io.ovsguard.ovsdb.replica;

import io.ovsguard.ovsdb.notation.NamedValues;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The tables of a {@link ReplicaSnapshot}, by name, in order: an immutable map over two arrays. A
 * snapshot that changes one table shares the names with the snapshot before and copies one small
 * array, instead of copying a hash map per update.
 */
final class TableMap extends AbstractMap<String, TableView> {

    private final String[] names;
    private final TableView[] views;

    private TableMap(String[] names, TableView[] views) {
        this.names = names;
        this.views = views;
    }

    static TableMap copyOf(Map<String, TableView> tables) {
        if (tables instanceof TableMap same) {
            return same;
        }
        String[] names = new String[tables.size()];
        TableView[] views = new TableView[names.length];
        int i = 0;
        for (Map.Entry<String, TableView> table : tables.entrySet()) {
            names[i] = Objects.requireNonNull(table.getKey(), "table name");
            views[i++] = Objects.requireNonNull(table.getValue(), "table");
        }
        return new TableMap(names, views);
    }

    /** This map with {@code table} replacing the table of the same name, which must be here. */
    TableMap with(String name, TableView table) {
        int at = indexOf(name);
        if (at < 0) {
            throw new IllegalArgumentException("no table " + name);
        }
        TableView[] copy = views.clone();
        copy[at] = Objects.requireNonNull(table, "table");
        return new TableMap(names, copy);
    }

    private int indexOf(Object name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public TableView get(Object name) {
        int at = indexOf(name);
        return at < 0 ? null : views[at];
    }

    @Override
    public boolean containsKey(Object name) {
        return indexOf(name) >= 0;
    }

    @Override
    public int size() {
        return names.length;
    }

    @Override
    public Set<Map.Entry<String, TableView>> entrySet() {
        return NamedValues.entries(names, views);
    }
}
