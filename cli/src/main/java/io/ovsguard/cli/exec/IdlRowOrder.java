package io.ovsguard.cli.exec;

import io.ovsguard.cli.command.OvsHashOrder;
import io.ovsguard.ovsdb.notation.Uuid;
import java.util.ArrayList;
import java.util.List;

/**
 * The order in which ovs-vsctl walks a table's rows, which is the order {@code list} and {@code find} print them.
 * The server sends the rows of a monitor reply as a JSON object sorted by uuid; ovs-vsctl parses that object into a
 * string hash table keyed by the uuid text and inserts the rows, in that table's order, into the IDL's row table,
 * a hash map keyed by the uuid's first 32 bits. Rows a command line inserts are added to that map afterwards.
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
