package io.ovsguard.ovsdb.notation;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The entries of a map kept as two parallel arrays, names and values, in array order: what an array-backed map's
 * {@code entrySet} returns. The arrays are read, never copied or changed.
 */
public final class NamedValues {

    private NamedValues() {
    }

    public static <V> Set<Map.Entry<String, V>> entries(String[] names, V[] values) {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return names.length;
            }

            @Override
            public Iterator<Map.Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < names.length;
                    }

                    @Override
                    public Map.Entry<String, V> next() {
                        if (next >= names.length) {
                            throw new NoSuchElementException();
                        }
                        int at = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(names[at], values[at]);
                    }
                };
            }
        };
    }
}
