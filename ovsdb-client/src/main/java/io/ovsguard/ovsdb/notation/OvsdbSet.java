package io.ovsguard.ovsdb.notation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable canonical set of atoms of one type: sorted in OVS order, duplicates removed.
 * Building a set from atoms of two different types throws {@link IllegalArgumentException}.
 */
public record OvsdbSet(List<Atom> atoms) implements Datum {

    private static final OvsdbSet EMPTY = new OvsdbSet(List.of());

    public OvsdbSet {
        atoms = canonical(atoms);
    }

    public static OvsdbSet empty() {
        return EMPTY;
    }

    public static OvsdbSet of(Atom... atoms) {
        return new OvsdbSet(Arrays.asList(atoms));
    }

    public static OvsdbSet of(Collection<? extends Atom> atoms) {
        return new OvsdbSet(List.copyOf(atoms));
    }

    public static OvsdbSet ofStrings(String... values) {
        List<Atom> atoms = new ArrayList<>(values.length);
        for (String value : values) {
            atoms.add(new StringAtom(value));
        }
        return new OvsdbSet(atoms);
    }

    @Override
    public int size() {
        return atoms.size();
    }

    /** True if an equal atom is in the set; false for an atom of another type. */
    public boolean contains(Atom atom) {
        if (atoms.isEmpty() || atoms.get(0).type() != atom.type()) {
            return false;
        }
        return Collections.binarySearch(atoms, atom) >= 0;
    }

    /** The only atom of a one-element set (a scalar, or an optional value that is present). */
    public Optional<Atom> single() {
        return atoms.size() == 1 ? Optional.of(atoms.get(0)) : Optional.empty();
    }

    /** The atom type, if the set is not empty. */
    public Optional<AtomType> atomType() {
        return atoms.isEmpty() ? Optional.empty() : Optional.of(atoms.get(0).type());
    }

    private static List<Atom> canonical(List<Atom> input) {
        Objects.requireNonNull(input, "atoms");
        if (input.isEmpty()) {
            return List.of();
        }
        if (input.size() == 1) {
            // most sets are scalars: nothing to sort, and List.of(e) is the smallest list
            return List.of(Objects.requireNonNull(input.get(0), "atom"));
        }
        Atom[] sorted = input.toArray(new Atom[0]);
        AtomType type = Objects.requireNonNull(sorted[0], "atom").type();
        boolean ascending = true;
        for (int i = 0; i < sorted.length; i++) {
            Atom atom = Objects.requireNonNull(sorted[i], "atom");
            if (atom.type() != type) {
                throw new IllegalArgumentException("set mixes " + type + " and " + atom.type() + " atoms");
            }
            ascending = ascending && (i == 0 || sorted[i - 1].compareTo(atom) < 0);
        }
        if (ascending) {
            // already canonical, as decoded sets are: no sort
            return List.of(sorted);
        }
        Arrays.sort(sorted);
        int unique = 1;
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i].compareTo(sorted[unique - 1]) != 0) {
                sorted[unique++] = sorted[i];
            }
        }
        return List.of(unique == sorted.length ? sorted : Arrays.copyOf(sorted, unique));
    }

    // equals and hashCode are written out (with the values the generated ones would have): a record's generated
    // methods are bound at first call by an invokedynamic bootstrap that start-up caches do not keep, which costs a
    // short-lived CLI tens of milliseconds.
    @Override
    public boolean equals(Object other) {
        return other instanceof OvsdbSet set && atoms.equals(set.atoms);
    }

    @Override
    public int hashCode() {
        return atoms.hashCode();
    }
}
