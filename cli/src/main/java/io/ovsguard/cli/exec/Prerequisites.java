package io.ovsguard.cli.exec;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the commands of one command line will read: tables and, per table, columns. Only these are fetched from
 * the server (ovs-vsctl's {@code ovsdb_idl_add_table}/{@code ovsdb_idl_add_column}).
 */
public final class Prerequisites {

    private final Map<String, Set<String>> columns = new LinkedHashMap<>();

    /** Adds a table (its rows' uuids are always fetched). */
    public void table(String table) {
        columns.computeIfAbsent(table, t -> new LinkedHashSet<>());
    }

    /** Adds columns of a table (and the table). */
    public void columns(String table, Collection<String> names) {
        columns.computeIfAbsent(table, t -> new LinkedHashSet<>()).addAll(names);
    }

    public Set<String> tables() {
        return Set.copyOf(columns.keySet());
    }

    /** The columns asked for in {@code table}, in the order first asked. */
    public Set<String> columnsOf(String table) {
        Set<String> names = columns.get(table);
        return names == null ? Set.of() : Set.copyOf(names);
    }

    public boolean has(String table) {
        return columns.containsKey(table);
    }

    /** A copy as an ordered map, for fetching. */
    Map<String, Set<String>> asMap() {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        columns.forEach((t, c) -> copy.put(t, new LinkedHashSet<>(c)));
        return copy;
    }
}
