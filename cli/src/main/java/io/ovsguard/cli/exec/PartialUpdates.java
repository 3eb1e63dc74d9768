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
 * update when the key was present) and the set elements to insert. At commit they become {@code delete} and
 * {@code insert} mutations; an update that would not change the value is dropped, as the IDL drops it.
 */
final class PartialUpdates {

    private record MapWrite(boolean update, Atom value) {
    }

    private final Map<String, Map<Atom, MapWrite>> mapWrites = new LinkedHashMap<>();
    private final Map<String, Set<Atom>> setInserts = new LinkedHashMap<>();

    /** @param present whether the key is in the column's current value (the IDL's read, without partial writes) */
    void putMapEntry(String column, Atom key, Atom value, boolean present) {
        mapWrites.computeIfAbsent(column, c -> new LinkedHashMap<>()).put(key, new MapWrite(present, value));
    }

    void insertSetElement(String column, Atom element) {
        setInserts.computeIfAbsent(column, c -> new LinkedHashSet<>()).add(element);
    }

    boolean isEmpty() {
        return mapWrites.isEmpty() && setInserts.isEmpty();
    }

    /** The mutations, given each column's value before them (written in this transaction, or as fetched). */
    List<Mutation> mutations(Function<String, Datum> valueBefore) {
        List<Mutation> mutations = new ArrayList<>();
        mapWrites.forEach((column, writes) -> {
            OvsdbMap before = (OvsdbMap) valueBefore.apply(column);
            List<Atom> deletes = new ArrayList<>();
            List<OvsdbMap.Entry> inserts = new ArrayList<>();
            writes.forEach((key, write) -> {
                if (write.update()) {
                    if (before.get(key).filter(v -> v.compareTo(write.value()) == 0).isPresent()) {
                        return;
                    }
                    deletes.add(key);
                }
                inserts.add(new OvsdbMap.Entry(key, write.value()));
            });
            if (!deletes.isEmpty()) {
                mutations.add(new Mutation(column, Mutator.DELETE, new OvsdbSet(deletes)));
            }
            if (!inserts.isEmpty()) {
                mutations.add(new Mutation(column, Mutator.INSERT, new OvsdbMap(inserts)));
            }
        });
        setInserts.forEach((column, elements) ->
                mutations.add(new Mutation(column, Mutator.INSERT, new OvsdbSet(new ArrayList<>(elements)))));
        return mutations;
    }
}
