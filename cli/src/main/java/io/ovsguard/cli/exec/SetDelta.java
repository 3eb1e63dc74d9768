package io.ovsguard.cli.exec;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.op.Mutation;
import io.ovsguard.ovsdb.op.Mutator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Elements added to and removed from one column by a command line, sent as one
 * {@code mutate} so the rest of the column need not be written back or guarded. Later reads see them applied.
 */
final class SetDelta {

    private final Set<Atom> inserts = new LinkedHashSet<>();
    private final Set<Atom> deletes = new LinkedHashSet<>();

    void add(Atom element) {
        deletes.remove(element);
        inserts.add(element);
    }

    /** @param present whether the column had the element before this line changed it */
    void remove(Atom element, boolean present) {
        inserts.remove(element);
        if (present) {
            deletes.add(element);
        }
    }

    Set<Atom> inserts() {
        return Set.copyOf(inserts);
    }

    Set<Atom> deletes() {
        return Set.copyOf(deletes);
    }

    /** The column's value with the delta applied. */
    Datum applyTo(Datum before) {
        List<Atom> atoms = new ArrayList<>(((OvsdbSet) before).atoms());
        atoms.removeIf(deletes::contains);
        for (Atom atom : inserts) {
            if (!atoms.contains(atom)) {
                atoms.add(atom);
            }
        }
        return new OvsdbSet(atoms);
    }

    /** Deletions first, so that an element removed and added again by the line ends up present. */
    List<Mutation> mutations(String column) {
        List<Mutation> mutations = new ArrayList<>(2);
        if (!deletes.isEmpty()) {
            mutations.add(new Mutation(column, Mutator.DELETE, new OvsdbSet(new ArrayList<>(deletes))));
        }
        if (!inserts.isEmpty()) {
            mutations.add(new Mutation(column, Mutator.INSERT, new OvsdbSet(new ArrayList<>(inserts))));
        }
        return mutations;
    }
}
