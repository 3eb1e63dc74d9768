package io.ovsguard.cli.db;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Set and map arithmetic on canonical datums, with OVS's semantics (a map's elements are key-value pairs). */
final class DatumAlgebra {

    private DatumAlgebra() {
    }

    /** {@code a} plus the elements of {@code b} whose keys {@code a} lacks (existing map keys keep their value). */
    static Datum union(Datum a, Datum b) {
        if (a instanceof OvsdbMap ma) {
            List<OvsdbMap.Entry> entries = new ArrayList<>(ma.entries());
            for (OvsdbMap.Entry e : ((OvsdbMap) b).entries()) {
                if (!ma.containsKey(e.key())) {
                    entries.add(e);
                }
            }
            return new OvsdbMap(entries);
        }
        List<Atom> atoms = new ArrayList<>(((OvsdbSet) a).atoms());
        atoms.addAll(((OvsdbSet) b).atoms());
        return new OvsdbSet(atoms);
    }

    /**
     * {@code a} without the elements of {@code b}; {@code b} may be a set of keys to remove from map {@code a}, or
     * a map whose pairs are removed only where key and value both match.
     */
    static Datum subtract(Datum a, Datum b) {
        if (a instanceof OvsdbMap ma) {
            List<OvsdbMap.Entry> kept = new ArrayList<>();
            for (OvsdbMap.Entry e : ma.entries()) {
                boolean remove;
                if (b instanceof OvsdbSet keys) {
                    remove = keys.contains(e.key());
                } else {
                    Optional<Atom> v = ((OvsdbMap) b).get(e.key());
                    remove = v.isPresent() && v.get().compareTo(e.value()) == 0;
                }
                if (!remove) {
                    kept.add(e);
                }
            }
            return new OvsdbMap(kept);
        }
        OvsdbSet sb = (OvsdbSet) b;
        return new OvsdbSet(((OvsdbSet) a).atoms().stream().filter(x -> !sb.contains(x)).toList());
    }

    /** Whether every element of {@code a} is in {@code b}. */
    static boolean includesAll(Datum a, Datum b) {
        if (a instanceof OvsdbMap ma) {
            OvsdbMap mb = (OvsdbMap) b;
            return ma.entries().stream().allMatch(e -> mb.get(e.key()).filter(v -> v.compareTo(e.value()) == 0)
                    .isPresent());
        }
        OvsdbSet sb = (OvsdbSet) b;
        return ((OvsdbSet) a).atoms().stream().allMatch(sb::contains);
    }

    /** Whether no element of {@code a} is in {@code b}. */
    static boolean excludesAll(Datum a, Datum b) {
        if (a instanceof OvsdbMap ma) {
            OvsdbMap mb = (OvsdbMap) b;
            return ma.entries().stream().noneMatch(e -> mb.get(e.key()).filter(v -> v.compareTo(e.value()) == 0)
                    .isPresent());
        }
        OvsdbSet sb = (OvsdbSet) b;
        return ((OvsdbSet) a).atoms().stream().noneMatch(sb::contains);
    }

    /** OVS's total order of datums: fewer elements first, then element by element (keys, then values). */
    static int compare(Datum a, Datum b) {
        if (a.size() != b.size()) {
            return a.size() < b.size() ? -1 : 1;
        }
        List<Atom> ka = keys(a);
        List<Atom> kb = keys(b);
        for (int i = 0; i < ka.size(); i++) {
            int c = ka.get(i).compareTo(kb.get(i));
            if (c != 0) {
                return c;
            }
        }
        if (a instanceof OvsdbMap ma && b instanceof OvsdbMap mb) {
            for (int i = 0; i < ma.size(); i++) {
                int c = ma.entries().get(i).value().compareTo(mb.entries().get(i).value());
                if (c != 0) {
                    return c;
                }
            }
        }
        return 0;
    }

    private static List<Atom> keys(Datum d) {
        if (d instanceof OvsdbMap m) {
            return m.entries().stream().map(OvsdbMap.Entry::key).toList();
        }
        return ((OvsdbSet) d).atoms();
    }
}
