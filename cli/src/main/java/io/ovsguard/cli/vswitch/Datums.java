package io.ovsguard.cli.vswitch;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.BooleanAtom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.IntegerAtom;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.StringAtom;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.notation.UuidAtom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reading and building the simple column values the vswitch commands use. */
final class Datums {

    private Datums() {
    }

    // Written as plain checks rather than Optional chains: the bridge picture reads them for each of ten thousand
    // ports, and each chain cost three short-lived objects.

    static Optional<String> string(Datum datum) {
        return only(datum) instanceof StringAtom s ? Optional.of(s.value()) : Optional.empty();
    }

    /** A string column that must hold a value (a name); empty text when it holds none. */
    static String name(Datum datum) {
        return only(datum) instanceof StringAtom s ? s.value() : "";
    }

    static Optional<Long> integer(Datum datum) {
        return only(datum) instanceof IntegerAtom i ? Optional.of(i.value()) : Optional.empty();
    }

    static boolean bool(Datum datum) {
        return only(datum) instanceof BooleanAtom b && b.value();
    }

    static Optional<Uuid> uuid(Datum datum) {
        return only(datum) instanceof UuidAtom u ? Optional.of(u.value()) : Optional.empty();
    }

    /** The uuids of a reference set, in the set's (uuid) order, as the IDL presents them. */
    static List<Uuid> uuids(Datum datum) {
        List<Uuid> uuids = new ArrayList<>();
        if (datum instanceof OvsdbSet set) {
            for (Atom atom : set.atoms()) {
                if (atom instanceof UuidAtom u) {
                    uuids.add(u.value());
                }
            }
        }
        return uuids;
    }

    static OvsdbSet ofString(String value) {
        return OvsdbSet.of(new StringAtom(value));
    }

    static OvsdbSet ofUuid(Uuid uuid) {
        return OvsdbSet.of(new UuidAtom(uuid));
    }

    static OvsdbSet ofUuids(Collection<Uuid> uuids) {
        List<Atom> atoms = new ArrayList<>(uuids.size());
        for (Uuid uuid : uuids) {
            atoms.add(new UuidAtom(uuid));
        }
        return OvsdbSet.of(atoms);
    }

    static OvsdbSet ofInteger(long value) {
        return OvsdbSet.of(new IntegerAtom(value));
    }

    static OvsdbSet ofBoolean(boolean value) {
        return OvsdbSet.of(new BooleanAtom(value));
    }

    /** The atom of a one-element set, or the datum itself (which is no atom) for any other value. */
    private static Object only(Datum datum) {
        return datum instanceof OvsdbSet set && set.size() == 1 ? set.atoms().get(0) : datum;
    }
}
