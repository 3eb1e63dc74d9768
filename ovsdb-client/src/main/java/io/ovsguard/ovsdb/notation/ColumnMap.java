package io.ovsguard.ovsdb.notation;

import java.util.AbstractMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The immutable, insertion-ordered column map of a {@link Row}: two arrays instead of a
 * {@code LinkedHashMap} (a third of the memory for a typical row, and one allocation pass), since
 * a transaction of 10,000 inserts holds 10,000 of them. Small rows are searched linearly; wide ones
 * get a hash index. A row changed in place ({@link #withValues}) shares the names and the index
 * with the row it came from, so the rows of a replicated table share one of each.
 */
final class ColumnMap extends AbstractMap<String, Datum> {

    private static final int LINEAR_LIMIT = 8;

    private final String[] names;
    private final Datum[] datums;
    private final Map<String, Integer> index;

    private ColumnMap(String[] names, Datum[] datums, Map<String, Integer> index) {
        this.names = names;
        this.datums = datums;
        this.index = index;
    }

    private ColumnMap(String[] names, Datum[] datums) {
        this.names = names;
        this.datums = datums;
        if (names.length > LINEAR_LIMIT) {
            Map<String, Integer> byName = new HashMap<>(names.length * 2);
            for (int i = 0; i < names.length; i++) {
                byName.put(names[i], i);
            }
            this.index = byName;
        } else {
            this.index = null;
        }
    }

    /**
     * A copy of a row's {@code columns} in their iteration order, checked in the same pass: no null
     * name or datum, and neither of the implicit columns, which a row keeps apart.
     */
    static ColumnMap copyOf(Map<String, ? extends Datum> columns) {
        if (columns instanceof ColumnMap same) {
            return same;
        }
        String[] names = new String[columns.size()];
        Datum[] datums = new Datum[names.length];
        int i = 0;
        for (Map.Entry<String, ? extends Datum> column : columns.entrySet()) {
            String name = Objects.requireNonNull(column.getKey(), "column name");
            Datum datum = column.getValue();
            if (datum == null) {
                throw new NullPointerException("datum of column " + name);
            }
            if (Row.UUID_COLUMN.equals(name) || Row.VERSION_COLUMN.equals(name)) {
                throw new IllegalArgumentException(name + " is implicit; set it with withUuid/withVersion");
            }
            names[i] = name;
            datums[i++] = datum;
        }
        return new ColumnMap(names, datums);
    }

    /**
     * This map with the values of {@code changes} in place of the old ones, sharing the names and
     * the index; empty if a name in {@code changes} is not a column here.
     */
    Optional<ColumnMap> withValues(Map<String, ? extends Datum> changes) {
        Datum[] copy = datums.clone();
        for (Map.Entry<String, ? extends Datum> change : changes.entrySet()) {
            int at = indexOf(change.getKey());
            if (at < 0) {
                return Optional.empty();
            }
            copy[at] = Objects.requireNonNull(change.getValue(), "datum");
        }
        return Optional.of(new ColumnMap(names, copy, index));
    }

    private int indexOf(Object name) {
        if (index != null) {
            Integer at = index.get(name);
            return at == null ? -1 : at;
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Datum get(Object name) {
        int at = indexOf(name);
        return at < 0 ? null : datums[at];
    }

    @Override
    public boolean containsKey(Object name) {
        return indexOf(name) >= 0;
    }

    /** Visits the columns in order without making an entry for each. */
    @Override
    public void forEach(BiConsumer<? super String, ? super Datum> action) {
        for (int i = 0; i < names.length; i++) {
            action.accept(names[i], datums[i]);
        }
    }

    @Override
    public int size() {
        return names.length;
    }

    @Override
    public Set<Map.Entry<String, Datum>> entrySet() {
        return NamedValues.entries(names, datums);
    }
}
