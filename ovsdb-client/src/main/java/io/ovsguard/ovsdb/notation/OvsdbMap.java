package io.ovsguard.ovsdb.notation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable canonical map: pairs sorted by key in OVS order, keys unique. All keys share one
 * atom type and all values share one atom type.
 */
public record OvsdbMap(List<Entry> entries) implements Datum {

    private static final OvsdbMap EMPTY = new OvsdbMap(List.of());

    /** One key/value pair. */
    public record Entry(Atom key, Atom value) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Entry entry && key.equals(entry.key) && value.equals(entry.value);
        }

        @Override
        public int hashCode() {
            return 31 * key.hashCode() + value.hashCode();
        }
    }

    public OvsdbMap {
        entries = canonical(entries);
    }

    public static OvsdbMap empty() {
        return EMPTY;
    }

    public static OvsdbMap of(Atom key, Atom value) {
        return new OvsdbMap(List.of(new Entry(key, value)));
    }

    public static OvsdbMap of(Map<? extends Atom, ? extends Atom> map) {
        List<Entry> entries = new ArrayList<>(map.size());
        map.forEach((k, v) -> entries.add(new Entry(k, v)));
        return new OvsdbMap(entries);
    }

    /** A string-to-string map, the type of {@code other_config} and {@code external_ids}. */
    public static OvsdbMap ofStrings(Map<String, String> map) {
        List<Entry> entries = new ArrayList<>(map.size());
        map.forEach((k, v) -> entries.add(new Entry(new StringAtom(k), new StringAtom(v))));
        return new OvsdbMap(entries);
    }

    @Override
    public int size() {
        return entries.size();
    }

    /** The value for {@code key}; empty if absent or if the key is of another type. */
    public Optional<Atom> get(Atom key) {
        int index = indexOf(key);
        return index >= 0 ? Optional.of(entries.get(index).value()) : Optional.empty();
    }

    public boolean containsKey(Atom key) {
        return indexOf(key) >= 0;
    }

    /** The keys, as a canonical set. */
    public OvsdbSet keys() {
        List<Atom> keys = new ArrayList<>(entries.size());
        entries.forEach(e -> keys.add(e.key()));
        return new OvsdbSet(keys);
    }

    /** The pairs as an insertion-ordered (hence canonically ordered) read-only map. */
    public Map<Atom, Atom> asMap() {
        Map<Atom, Atom> map = new LinkedHashMap<>();
        entries.forEach(e -> map.put(e.key(), e.value()));
        return Collections.unmodifiableMap(map);
    }

    private int indexOf(Atom key) {
        if (entries.isEmpty() || entries.get(0).key().type() != key.type()) {
            return -1;
        }
        int low = 0;
        int high = entries.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = entries.get(mid).key().compareTo(key);
            if (c < 0) {
                low = mid + 1;
            } else if (c > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private static List<Entry> canonical(List<Entry> input) {
        Objects.requireNonNull(input, "entries");
        if (input.isEmpty()) {
            return List.of();
        }
        Entry first = Objects.requireNonNull(input.get(0), "entry");
        AtomType keyType = first.key().type();
        AtomType valueType = first.value().type();
        boolean ascending = true;
        Atom previous = null;
        for (Entry entry : input) {
            Objects.requireNonNull(entry, "entry");
            if (entry.key().type() != keyType || entry.value().type() != valueType) {
                throw new IllegalArgumentException("map mixes " + keyType + "=>" + valueType + " and "
                        + entry.key().type() + "=>" + entry.value().type() + " pairs");
            }
            ascending = ascending && (previous == null || previous.compareTo(entry.key()) < 0);
            previous = entry.key();
        }
        if (ascending) {
            // already canonical, as decoded and merged maps are: no sort, and no comparator to compile
            return List.copyOf(input);
        }
        List<Entry> sorted = new ArrayList<>(input);
        sorted.sort(KeyOrder.INSTANCE);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).key().compareTo(sorted.get(i - 1).key()) == 0) {
                throw new IllegalArgumentException("map has duplicate key " + sorted.get(i).key());
            }
        }
        return List.copyOf(sorted);
    }

    /**
     * Entries by key. A class, not {@code Comparator.comparing(Entry::key)}: that comparator is a lambda the JVM
     * spins on first use unless a start-up cache holds it, about a millisecond of a CLI call that builds an unsorted
     * map.
     */
    private static final class KeyOrder implements Comparator<Entry> {
        static final KeyOrder INSTANCE = new KeyOrder();

        @Override
        public int compare(Entry a, Entry b) {
            return a.key().compareTo(b.key());
        }
    }

    // equals and hashCode are written out (with the values the generated ones would have): a record's generated
    // methods are bound at first call by an invokedynamic bootstrap that start-up caches do not keep, which costs a
    // short-lived CLI tens of milliseconds.
    @Override
    public boolean equals(Object other) {
        return other instanceof OvsdbMap map && entries.equals(map.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }
}
