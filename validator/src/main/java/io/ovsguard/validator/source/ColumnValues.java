package io.ovsguard.validator.source;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.BooleanAtom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.IntegerAtom;
import io.ovsguard.ovsdb.notation.NamedUuidAtom;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.RealAtom;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.notation.StringAtom;
import io.ovsguard.ovsdb.notation.UuidAtom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lenient typed access to one selected row. The validator must see a switch as it is, including values a schema
 * change or a hand-edited database made odd, so a value of the wrong type becomes text (for maps and strings) or
 * "unset" (for integers and booleans that do not read as such), never an exception.
 */
record ColumnValues(Row row) {

    private static final Logger log = LoggerFactory.getLogger(ColumnValues.class);

    /** A scalar column as text: a string as is, any other atom spelled as ovs-vsctl would. */
    Optional<String> text(String column) {
        return single(column).map(ColumnValues::atomText);
    }

    /** An integer column; a string or real that holds a whole number is accepted, anything else reads as unset. */
    OptionalLong integer(String column) {
        Optional<Atom> atom = single(column);
        if (atom.isEmpty()) {
            return OptionalLong.empty();
        }
        Atom a = atom.get();
        if (a instanceof IntegerAtom i) {
            return OptionalLong.of(i.value());
        }
        if (a instanceof RealAtom r && r.value() == Math.rint(r.value()) && Math.abs(r.value()) < 1e15) {
            return OptionalLong.of((long) r.value());
        }
        if (a instanceof StringAtom s) {
            try {
                return OptionalLong.of(Long.parseLong(s.value().strip()));
            } catch (NumberFormatException e) {
                log.debug("column {} holds non-numeric \"{}\"; read as unset", column, s.value());
                return OptionalLong.empty();
            }
        }
        log.debug("column {} holds a {} atom; read as unset", column, a.type());
        return OptionalLong.empty();
    }

    Optional<Boolean> bool(String column) {
        Optional<Atom> atom = single(column);
        if (atom.isPresent() && atom.get() instanceof BooleanAtom b) {
            return Optional.of(b.value());
        }
        Optional<String> t = atom.map(ColumnValues::atomText);
        if (t.isPresent() && (t.get().equals("true") || t.get().equals("false"))) {
            return Optional.of(Boolean.parseBoolean(t.get()));
        }
        return Optional.empty();
    }

    /** A map column with every key and value as text; a column that is not a map reads as empty. */
    Map<String, String> stringMap(String column) {
        Optional<Datum> datum = row.get(column);
        Map<String, String> out = new LinkedHashMap<>();
        if (datum.isPresent() && datum.get() instanceof OvsdbMap map) {
            for (OvsdbMap.Entry e : map.entries()) {
                out.put(atomText(e.key()), atomText(e.value()));
            }
        } else if (datum.isPresent() && !datum.get().isEmpty()) {
            log.debug("column {} is not a map: {}", column, datum.get());
        }
        return out;
    }

    /** The one atom of a scalar (a one-element set); empty for an empty optional value or a missing column. */
    private Optional<Atom> single(String column) {
        Optional<Datum> datum = row.get(column);
        if (datum.isPresent() && datum.get() instanceof OvsdbSet set && set.size() == 1) {
            return set.single();
        }
        return Optional.empty();
    }

    static String atomText(Atom atom) {
        if (atom instanceof StringAtom s) {
            return s.value();
        } else if (atom instanceof IntegerAtom i) {
            return Long.toString(i.value());
        } else if (atom instanceof RealAtom r) {
            return Double.toString(r.value());
        } else if (atom instanceof BooleanAtom b) {
            return Boolean.toString(b.value());
        } else if (atom instanceof UuidAtom u) {
            return u.value().toString();
        } else if (atom instanceof NamedUuidAtom n) {
            return n.value().name();
        }
        return String.valueOf(atom);
    }
}
