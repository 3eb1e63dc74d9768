package io.ovsguard.cli.exec;

import io.ovsguard.ovsdb.notation.Datum;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A fetched row's columns with its sparse columns ({@link Prerequisites#sparseColumns}) filled in: the value the
 * sparse select returned for this row, else the column's default. A view, so that ten thousand rows at their
 * defaults cost one small object each instead of a copied map.
 */
final class SparseColumnRow extends AbstractMap<String, Datum> {

    private final Map<String, Datum> columns;
    private final Map<String, Datum> offDefault;
    private final Map<String, Datum> defaults;

    /**
     * @param columns    the row as its table's select returned it
     * @param offDefault the sparse columns this row holds off their default
     * @param defaults   every sparse column of the table, with its default
     */
    SparseColumnRow(Map<String, Datum> columns, Map<String, Datum> offDefault, Map<String, Datum> defaults) {
        this.columns = columns;
        this.offDefault = offDefault;
        this.defaults = defaults;
    }

    @Override
    public Datum get(Object column) {
        // the few sparse columns first: a miss in the select's row is a scan of its column names
        Datum defaultValue = defaults.get(column);
        if (defaultValue == null) {
            return columns.get(column);
        }
        Datum value = offDefault.get(column);
        return value != null ? value : defaultValue;
    }

    @Override
    public boolean containsKey(Object column) {
        return columns.containsKey(column) || defaults.containsKey(column);
    }

    @Override
    public Set<Entry<String, Datum>> entrySet() {
        Map<String, Datum> all = new LinkedHashMap<>(columns);
        all.putAll(defaults);
        all.putAll(offDefault);
        return Collections.unmodifiableMap(all).entrySet();
    }
}
