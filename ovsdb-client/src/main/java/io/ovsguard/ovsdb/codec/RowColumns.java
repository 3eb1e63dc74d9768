package io.ovsguard.ovsdb.codec;

import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.schema.ColumnSchema;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The columns of the row being read, in member order, refilled for each row: {@link io.ovsguard.ovsdb.notation.Row}
 * copies its columns into its own arrays, so a reader of ten thousand rows needs one of these instead of a
 * {@code LinkedHashMap} per row. Only what that copy reads is fast: its size and entries. Not thread-safe.
 */
final class RowColumns extends AbstractMap<String, Datum> {

    private ColumnSchema[] columns = new ColumnSchema[8];
    private Datum[] datums = new Datum[8];
    private int size;

    /** Empties the map for the next row. */
    void clear(int expectedSize) {
        Arrays.fill(datums, 0, size, null);
        size = 0;
        if (expectedSize > columns.length) {
            columns = new ColumnSchema[expectedSize];
            datums = new Datum[expectedSize];
        }
    }

    /** Adds a column; false if the row has it already (columns of one schema are compared as objects). */
    boolean add(ColumnSchema column, Datum datum) {
        for (int i = 0; i < size; i++) {
            if (columns[i] == column) {
                return false;
            }
        }
        if (size == columns.length) {
            columns = Arrays.copyOf(columns, size * 2);
            datums = Arrays.copyOf(datums, size * 2);
        }
        columns[size] = column;
        datums[size++] = datum;
        return true;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Map.Entry<String, Datum>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

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
                        Map.Entry<String, Datum> entry = Map.entry(columns[next].name(), datums[next]);
                        next++;
                        return entry;
                    }
                };
            }
        };
    }
}
