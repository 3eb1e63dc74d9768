package io.ovsguard.validator.guard;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.IntegerAtom;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.StringAtom;
import java.util.stream.Collectors;

/** Short human texts for rows and values in reports: {@code Interface p1}, {@code {dpdk-devargs=net_null1}}. */
final class RowNames {

    private RowNames() {
    }

    static String describe(RowKey key, Row row) {
        return row.get("name").map(n -> key.table() + " " + text(n)).orElse(key.toString());
    }

    static String text(Datum datum) {
        if (datum instanceof OvsdbMap map) {
            return map.entries().stream().map(e -> atom(e.key()) + "=" + atom(e.value()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        OvsdbSet set = (OvsdbSet) datum;
        if (set.size() == 1) {
            return atom(set.atoms().get(0));
        }
        return set.atoms().stream().map(RowNames::atom).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String atom(Atom atom) {
        if (atom instanceof StringAtom s) {
            return s.value();
        }
        if (atom instanceof IntegerAtom i) {
            return Long.toString(i.value());
        }
        return atom.toString();
    }
}
