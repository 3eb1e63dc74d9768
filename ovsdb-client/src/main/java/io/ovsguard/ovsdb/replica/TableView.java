package io.ovsguard.ovsdb.replica;

import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.Uuid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The rows of one replicated table in one snapshot. Immutable. Every row carries its uuid and
 * every monitored column (columns the server left out because they held their default are filled in).
 */
public final class TableView {

    private final String name;
    private final HashTrieMap<Uuid, Row> rows;

    TableView(String name, HashTrieMap<Uuid, Row> rows) {
        this.name = name;
        this.rows = rows;
    }

    public String name() {
        return name;
    }

    public int size() {
        return rows.size();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public Optional<Row> get(Uuid uuid) {
        return Optional.ofNullable(rows.get(uuid));
    }

    public boolean contains(Uuid uuid) {
        return rows.containsKey(uuid);
    }

    /** Every row, in no particular order. */
    public List<Row> rows() {
        return rows.values();
    }

    /** The rows {@code filter} accepts, in no particular order. */
    public List<Row> find(Predicate<Row> filter) {
        List<Row> found = new ArrayList<>();
        rows.forEach((uuid, row) -> {
            if (filter.test(row)) {
                found.add(row);
            }
        });
        return found;
    }

    /** The rows by uuid, sorted by uuid: a plain copy, for comparisons and printing. */
    public Map<Uuid, Row> toSortedMap() {
        Map<Uuid, Row> copy = new TreeMap<>();
        rows.forEach(copy::put);
        return copy;
    }

    HashTrieMap<Uuid, Row> trie() {
        return rows;
    }

    @Override
    public String toString() {
        return "TableView[" + name + ", " + rows.size() + " rows]";
    }
}
