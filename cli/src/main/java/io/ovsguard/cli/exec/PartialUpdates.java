package io.ovsguard.cli.exec;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.op.Mutation;
import io.ovsguard.ovsdb.op.Mutator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The IDL's partial map and set writes for one row: per column, the last write of each map key (an insert, or an
 * update when the key was present) and the last operation on each set element (insert or delete). At commit they
 * become {@code delete} and {@code insert} mutations, sent even if the row was deleted meanwhile; an update that
 * would not change the value is dropped, as the IDL drops it.
 */
final class PartialUpdates {

    private record MapWrite(boolean update, Atom value) {
    }

    /**
     * A pending insert or delete of one set element. {@code cached}: ovs-vsctl's picture of the switch shows it
     * (add-bond-iface and del-bond-iface update the picture as they write), until a command rebuilds the picture
     * from the IDL, whose reads never show partial updates.
     */
    private record SetOp(boolean insert, boolean cached) {
    }

    private final Map<String, Map<Atom, MapWrite>> mapWrites = new LinkedHashMap<>();
    private final Map<String, Map<Atom, SetOp>> setOps = new LinkedHashMap<>();

    /** @param present whether the key is in the column's current value (the IDL's read, without partial writes) */
    void putMapEntry(String column, Atom key, Atom value, boolean present) {
        mapWrites.computeIfAbsent(column, c -> new LinkedHashMap<>()).put(key, new MapWrite(present, value));
    }

    /**
     * Inserts ({@code insert}) or deletes an element, as the IDL's table of set operations takes them: a delete
     * cancels an insert of the same element, and any other later operation replaces the earlier one in its place.
     *
     * @param cached whether ovs-vsctl's picture of the switch shows the change
     */
    void changeSetElement(String column, Atom element, boolean insert, boolean cached) {
        Map<Atom, SetOp> ops = setOps.computeIfAbsent(column, c -> new LinkedHashMap<>());
        SetOp earlier = ops.get(element);
        if (earlier != null && earlier.insert() && !insert) {
            ops.remove(element);
            return;
        }
        ops.put(element, new SetOp(insert, cached));
    }

    /**
     * Hides every pending set operation from the picture of the switch, which is built again from the IDL; whether
     * one was shown.
     */
    boolean uncacheSetOperations() {
        boolean shown = false;
        for (Map<Atom, SetOp> ops : setOps.values()) {
            for (Map.Entry<Atom, SetOp> entry : ops.entrySet()) {
                if (entry.getValue().cached()) {
                    entry.setValue(new SetOp(entry.getValue().insert(), false));
                    shown = true;
                }
            }
        }
        return shown;
    }

    /** {@code value}, a set column's value, with the set operations the picture of the switch shows applied. */
    Datum withCachedSetOperations(String column, Datum value) {
        Map<Atom, SetOp> ops = setOps.get(column);
        if (ops == null) {
            return value;
        }
        Set<Atom> atoms = new LinkedHashSet<>(((OvsdbSet) value).atoms());
        ops.forEach((element, op) -> {
            if (op.cached()) {
                if (op.insert()) {
                    atoms.add(element);
                } else {
                    atoms.remove(element);
                }
            }
        });
        return new OvsdbSet(new ArrayList<>(atoms));
    }

    boolean isEmpty() {
        return mapWrites.isEmpty() && setOps.isEmpty();
    }

    /**
     * The mutations, given each column's value before them (written in this transaction, or as fetched), their
     * elements and keys in the order the IDL writes them ({@link IdlWriteOrder}).
     */
    List<Mutation> mutations(Function<String, Datum> valueBefore) {
        List<Mutation> mutations = new ArrayList<>();
        mapWrites.forEach((column, writes) -> {
            OvsdbMap before = (OvsdbMap) valueBefore.apply(column);
            List<Atom> order = IdlWriteOrder.of(new ArrayList<>(writes.keySet()));
            List<Atom> deletes = new ArrayList<>();
            List<OvsdbMap.Entry> inserts = new ArrayList<>();
            for (Atom key : order.isEmpty() ? writes.keySet() : order) {
                MapWrite write = writes.get(key);
                if (write.update()) {
                    if (before.get(key).filter(v -> v.compareTo(write.value()) == 0).isPresent()) {
                        continue;
                    }
                    deletes.add(key);
                }
                inserts.add(new OvsdbMap.Entry(key, write.value()));
            }
            List<Atom> insertedKeys = new ArrayList<>(inserts.size());
            for (OvsdbMap.Entry entry : inserts) {
                insertedKeys.add(entry.key());
            }
            add(mutations, column, Mutator.DELETE, new OvsdbSet(deletes), order.isEmpty() ? List.of() : deletes);
            add(mutations, column, Mutator.INSERT, new OvsdbMap(inserts), order.isEmpty() ? List.of() : insertedKeys);
        });
        setOps.forEach((column, ops) -> {
            List<Atom> written = new ArrayList<>(ops.keySet());
            List<Atom> order = IdlWriteOrder.of(written);
            OvsdbSet before = (OvsdbSet) valueBefore.apply(column);
            List<Atom> deletes = new ArrayList<>();
            List<Atom> inserts = new ArrayList<>();
            for (Atom element : order.isEmpty() ? written : order) {
                if (ops.get(element).insert()) {
                    inserts.add(element);
                } else if (before.contains(element)) {
                    // the IDL skips (and logs) the delete of an element the column does not hold
                    deletes.add(element);
                }
            }
            add(mutations, column, Mutator.DELETE, new OvsdbSet(deletes), order.isEmpty() ? List.of() : deletes);
            add(mutations, column, Mutator.INSERT, new OvsdbSet(inserts), order.isEmpty() ? List.of() : inserts);
        });
        return mutations;
    }

    /** Adds a mutation unless its value is empty; {@code wireOrder} empty: the canonical order. */
    private static void add(List<Mutation> mutations, String column, Mutator mutator, Datum value,
            List<Atom> wireOrder) {
        if (value.size() > 0) {
            mutations.add(new Mutation(column, mutator, value, wireOrder));
        }
    }
}
