package io.ovsguard.validator.guard;

import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.IntegerAtom;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.StringAtom;
import io.ovsguard.validator.vswitchd.InterfaceState;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Reads the columns the guard judges a port by from an Interface row. */
final class InterfaceRows {

    private InterfaceRows() {
    }

    static InterfaceState state(Row row) {
        return new InterfaceState(text(row, "name").orElse(""), text(row, "type").orElse(""), map(row, "options"),
                integer(row, "mtu_request"), integer(row, "mtu"), text(row, "error").filter(e -> !e.isEmpty()),
                integer(row, "ofport"), text(row, "link_state"), Optional.empty());
    }

    static Optional<String> text(Row row, String column) {
        return single(row.get(column)).filter(StringAtom.class::isInstance).map(a -> ((StringAtom) a).value());
    }

    static OptionalLong integer(Row row, String column) {
        return single(row.get(column)).filter(IntegerAtom.class::isInstance)
                .map(a -> OptionalLong.of(((IntegerAtom) a).value())).orElse(OptionalLong.empty());
    }

    private static Map<String, String> map(Row row, String column) {
        Map<String, String> out = new LinkedHashMap<>();
        row.get(column).filter(OvsdbMap.class::isInstance).ifPresent(d -> ((OvsdbMap) d).entries().forEach(e -> {
            if (e.key() instanceof StringAtom k && e.value() instanceof StringAtom v) {
                out.put(k.value(), v.value());
            }
        }));
        return out;
    }

    private static Optional<io.ovsguard.ovsdb.notation.Atom> single(Optional<Datum> datum) {
        return datum.filter(OvsdbSet.class::isInstance).map(OvsdbSet.class::cast).flatMap(OvsdbSet::single);
    }
}
