package io.ovsguard.cli.exec;

import io.ovsguard.cli.command.OvsHashOrder;
import io.ovsguard.ovsdb.notation.Uuid;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order in which ovs-vsctl walks a table's rows, which is the order {@code list} and {@code find} print them.
 * The server sends the rows of a monitor reply as a JSON object sorted by uuid; ovs-vsctl parses that object into a
 * string hash table keyed by the uuid text and inserts the rows, in that table's order, into the IDL's row table,
 * a hash map keyed by the uuid's first 32 bits. Rows a command line inserts are added to that map afterwards.
 *
 * <p>A row can enter that map before its own table is parsed: ovs-vsctl's generated parsers resolve every reference
 * of a row as they parse it, and the IDL creates a referenced row it has not seen yet on the spot (see {@link
 * #creationOrder}).
 */
public final class IdlRowOrder {

    private IdlRowOrder() {
    }

    /** The order in which rows fetched from the server are inserted into the IDL's row map. */
    public static List<Uuid> insertionOrder(List<Uuid> fetched) {
        List<Uuid> sorted = new ArrayList<>(fetched);
        sorted.sort(null);
        List<String> texts = new ArrayList<>(sorted.size());
        for (Uuid uuid : sorted) {
            texts.add(uuid.toString());
        }
        List<Integer> order = OvsHashOrder.indices(texts);
        List<Uuid> result = new ArrayList<>(sorted.size());
        order.forEach(i -> result.add(sorted.get(i)));
        return result;
    }

    /** A row of a table. */
    public record RowId(String table, Uuid uuid) {
    }

    /** The rows a fetched row references, in the order ovs-vsctl's parsers resolve them. */
    @FunctionalInterface
    public interface References {
        List<RowId> of(String table, Uuid row);
    }

    /**
     * The order in which the IDL enters rows into its row maps while it parses the monitor reply, by table. It parses
     * the tables in the order of its string hash table of their names (the server sends them sorted; a table without
     * rows is not in the reply), each table's rows in {@link #insertionOrder}, and right after each row the rows it
     * references, as {@code references} gives them: a referenced row not yet in its map enters it then, and keeps
     * that place when its own table comes. So the rows of a table that another table parsed earlier references
     * come in the order of those references.
     */
    public static Map<String, List<Uuid>> creationOrder(Map<String, List<Uuid>> fetched, References references) {
        List<String> present = new ArrayList<>();
        fetched.forEach((table, rows) -> {
            if (!rows.isEmpty()) {
                present.add(table);
            }
        });
        present.sort(null);
        Map<String, List<Uuid>> created = new LinkedHashMap<>();
        Map<String, Set<Uuid>> seen = new LinkedHashMap<>();
        for (String table : OvsHashOrder.of(present)) {
            for (Uuid uuid : insertionOrder(fetched.get(table))) {
                create(created, seen, table, uuid);
                for (RowId target : references.of(table, uuid)) {
                    create(created, seen, target.table(), target.uuid());
                }
            }
        }
        return created;
    }

    private static void create(Map<String, List<Uuid>> created, Map<String, Set<Uuid>> seen, String table, Uuid uuid) {
        if (seen.computeIfAbsent(table, t -> new HashSet<>()).add(uuid)) {
            created.computeIfAbsent(table, t -> new ArrayList<>()).add(uuid);
        }
    }

    /** The iteration order of the IDL's row map after inserting {@code inserted} in this order. */
    public static List<Uuid> iterationOrder(List<Uuid> inserted) {
        int[] hashes = new int[inserted.size()];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = (int) (inserted.get(i).value().getMostSignificantBits() >>> 32);
        }
        List<Uuid> result = new ArrayList<>(hashes.length);
        OvsHashOrder.indicesOfHashes(hashes).forEach(i -> result.add(inserted.get(i)));
        return result;
    }
}
