package io.ovsguard.ovsdb.monitor;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.schema.ColumnType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code update2} diff of one column value, as ovsdb-server computes and applies it. For a
 * column that holds at most one element the diff is simply the new value. Otherwise a set's diff
 * is the symmetric difference of old and new; a map's diff lists the pairs to change: a key absent
 * before is inserted, a key present with a different value gets that value, a key present with the
 * same value is deleted. So {@code apply(old, between(old, new)) == new}.
 */
public final class DatumDiff {

    private DatumDiff() {
    }

    /** The diff that turns {@code old} into {@code now}. */
    public static Datum between(Datum old, Datum now, ColumnType type) {
        checkShape(old, type);
        checkShape(now, type);
        if (!type.isComposite()) {
            return now;
        }
        if (type.isMap()) {
            Map<Atom, Atom> before = ((OvsdbMap) old).asMap();
            Map<Atom, Atom> after = ((OvsdbMap) now).asMap();
            Map<Atom, Atom> diff = new LinkedHashMap<>();
            before.forEach((key, value) -> {
                if (!after.containsKey(key)) {
                    diff.put(key, value);
                }
            });
            after.forEach((key, value) -> {
                if (!value.equals(before.get(key))) {
                    diff.put(key, value);
                }
            });
            return OvsdbMap.of(diff);
        }
        return symmetricDifference((OvsdbSet) old, (OvsdbSet) now);
    }

    /** {@code old} with {@code diff} applied. */
    public static Datum apply(Datum old, Datum diff, ColumnType type) {
        checkShape(old, type);
        checkShape(diff, type);
        if (!type.isComposite()) {
            return diff;
        }
        if (type.isMap()) {
            return applyToMap((OvsdbMap) old, (OvsdbMap) diff);
        }
        return symmetricDifference((OvsdbSet) old, (OvsdbSet) diff);
    }

    /**
     * Both maps are sorted by key, so one merge pass does it, with no hash map in between; maps
     * whose keys are of different types take the general path, which reports the mix.
     */
    private static OvsdbMap applyToMap(OvsdbMap old, OvsdbMap diff) {
        List<OvsdbMap.Entry> before = old.entries();
        List<OvsdbMap.Entry> changes = diff.entries();
        if (!before.isEmpty() && !changes.isEmpty()
                && before.get(0).key().type() != changes.get(0).key().type()) {
            return applyToMapByKey(old, diff);
        }
        List<OvsdbMap.Entry> result = new ArrayList<>(before.size() + changes.size());
        int i = 0;
        int j = 0;
        while (i < before.size() && j < changes.size()) {
            OvsdbMap.Entry was = before.get(i);
            OvsdbMap.Entry change = changes.get(j);
            int order = was.key().compareTo(change.key());
            if (order < 0) {
                result.add(was);
                i++;
            } else if (order > 0) {
                result.add(change);
                j++;
            } else {
                // the same pair again deletes it; another value replaces it
                if (!change.value().equals(was.value())) {
                    result.add(change);
                }
                i++;
                j++;
            }
        }
        result.addAll(before.subList(i, before.size()));
        result.addAll(changes.subList(j, changes.size()));
        return new OvsdbMap(result);
    }

    private static OvsdbMap applyToMapByKey(OvsdbMap old, OvsdbMap diff) {
        Map<Atom, Atom> result = new LinkedHashMap<>(old.asMap());
        for (OvsdbMap.Entry change : diff.entries()) {
            Atom current = result.get(change.key());
            if (change.value().equals(current)) {
                result.remove(change.key());
            } else {
                result.put(change.key(), change.value());
            }
        }
        return OvsdbMap.of(result);
    }

    private static OvsdbSet symmetricDifference(OvsdbSet a, OvsdbSet b) {
        Set<Atom> result = new LinkedHashSet<>(a.atoms());
        for (Atom atom : b.atoms()) {
            if (!result.remove(atom)) {
                result.add(atom);
            }
        }
        return OvsdbSet.of(result);
    }

    private static void checkShape(Datum datum, ColumnType type) {
        Objects.requireNonNull(datum, "datum");
        if (type.isMap() != (datum instanceof OvsdbMap)) {
            throw new IllegalArgumentException("a " + (type.isMap() ? "set" : "map") + " for a column of type " + type);
        }
    }
}
