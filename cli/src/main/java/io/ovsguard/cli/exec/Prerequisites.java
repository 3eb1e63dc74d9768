package io.ovsguard.cli.exec;

import io.ovsguard.ovsdb.op.Condition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
    private final Set<String> allRows = new LinkedHashSet<>();
    private final Map<String, List<List<Condition>>> restrictions = new LinkedHashMap<>();

    /** Adds a table; all of its rows will be fetched (their uuids, and the declared columns). */
    public void table(String table) {
        columns.computeIfAbsent(table, t -> new LinkedHashSet<>());
        allRows.add(table);
    }

    /**
     * Asks for only the rows of {@code table} that satisfy every condition of {@code where} (several calls: rows
     * satisfying any of them). For scale: a command that looks up one port need not fetch ten thousand. Ignored if
     * any command declares the table with {@link #table}, or declares columns but no restriction.
     */
    public void restrict(String table, List<Condition> where) {
        columns.computeIfAbsent(table, t -> new LinkedHashSet<>());
        restrictions.computeIfAbsent(table, t -> new ArrayList<>()).add(List.copyOf(where));
    }

    /**
     * Adds columns of a table (and the table). Which rows are fetched is decided by {@link #table} (all) and
     * {@link #restrict} (some); with neither, all rows are.
     */
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

    /** The row restrictions of a table, or empty if all of its rows are to be fetched. */
    public List<List<Condition>> restrictionsOf(String table) {
        if (allRows.contains(table) || !restrictions.containsKey(table)) {
            return List.of();
        }
        return List.copyOf(restrictions.get(table));
    }

    /** A copy as an ordered map, for fetching. */
    Map<String, Set<String>> asMap() {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        columns.forEach((t, c) -> copy.put(t, new LinkedHashSet<>(c)));
        return copy;
    }
}
