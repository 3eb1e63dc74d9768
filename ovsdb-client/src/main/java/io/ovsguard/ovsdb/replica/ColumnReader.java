package io.ovsguard.ovsdb.replica;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.IntegerAtom;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.StringAtom;
import io.ovsguard.ovsdb.notation.UuidAtom;
import io.ovsguard.ovsdb.notation.Uuid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads typed values out of a replica row for the typed views. A column that is not replicated
 * reads as its empty default; a value of an unexpected type is an error in the schema, reported.
 */
final class ColumnReader {

    private final Row row;

    ColumnReader(Row row) {
        this.row = row;
    }

    Uuid uuid() {
        return row.uuid().orElseThrow(() -> new IllegalStateException("replica row without _uuid"));
    }

    String string(String column) {
        return optionalString(column).orElse("");
    }

    Optional<String> optionalString(String column) {
        return single(column).map(atom -> ((StringAtom) atom).value());
    }

    OptionalLong optionalInteger(String column) {
        Optional<Atom> atom = single(column);
        return atom.isPresent() ? OptionalLong.of(((IntegerAtom) atom.get()).value()) : OptionalLong.empty();
    }

    long integer(String column) {
        return optionalInteger(column).orElse(0);
    }

    List<Uuid> uuids(String column) {
        List<Uuid> uuids = new ArrayList<>();
        for (Atom atom : set(column).atoms()) {
            uuids.add(((UuidAtom) atom).value());
        }
        return List.copyOf(uuids);
    }

    Map<String, String> stringMap(String column) {
        Optional<Datum> datum = row.get(column);
        if (datum.isEmpty() || !(datum.get() instanceof OvsdbMap map)) {
            return Map.of();
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (OvsdbMap.Entry entry : map.entries()) {
            result.put(((StringAtom) entry.key()).value(), ((StringAtom) entry.value()).value());
        }
        return java.util.Collections.unmodifiableMap(result);
    }

    private Optional<Atom> single(String column) {
        return set(column).single();
    }

    private OvsdbSet set(String column) {
        Optional<Datum> datum = row.get(column);
        return datum.isPresent() && datum.get() instanceof OvsdbSet set ? set : OvsdbSet.empty();
    }
}
