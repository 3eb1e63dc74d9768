package io.ovsguard.ovsdb.monitor;

import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.Row;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Columns in order, held in two arrays, as a read-only {@link Map} view: what a {@link Row} is
 * built from when a replica changes or completes a row. {@link Row} copies the map it is given, so
 * handing it this view instead of a freshly filled hash map makes a changed row cost one hashed
 * copy instead of two. Not thread-safe while being filled; a view, not a value: do not keep it.
 */
public final class ColumnArray extends AbstractMap<String, Datum> {

    private String[] names;
    private Datum[] values;
    private int size;

    public ColumnArray(int capacity) {
        this.names = new String[Math.max(capacity, 1)];
        this.values = new Datum[names.length];
    }

    /** The columns of {@code row}, in order, ready to be changed. */
    public static ColumnArray of(Row row, int extra) {
        ColumnArray columns = new ColumnArray(row.columns().size() + extra);
        row.columns().forEach(columns::append);
        return columns;
    }

    /** Adds a column at the end; the caller makes sure the name is new. */
    public void append(String name, Datum value) {
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        names[size] = Objects.requireNonNull(name, "name");
        values[size] = Objects.requireNonNull(value, "value");
        size++;
    }

    /** Replaces a column's value in place, or adds the column at the end (as a map's put would). */
    public void set(String name, Datum value) {
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                values[i] = Objects.requireNonNull(value, "value");
                return;
            }
        }
        append(name, value);
    }

    @Override
    public Datum get(Object name) {
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                return values[i];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object name) {
        return get(name) != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Datum> action) {
        for (int i = 0; i < size; i++) {
            action.accept(names[i], values[i]);
        }
    }

    @Override
    public Set<Map.Entry<String, Datum>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Datum>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Map.Entry<String, Datum> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(names[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
