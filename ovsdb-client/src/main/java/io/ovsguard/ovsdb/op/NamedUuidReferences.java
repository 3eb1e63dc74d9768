package io.ovsguard.ovsdb.op;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.NamedUuid;
import io.ovsguard.ovsdb.notation.NamedUuidAtom;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Finds the named-uuids an operation refers to in the values it sends. */
final class NamedUuidReferences {

    private NamedUuidReferences() {
    }

    static Set<NamedUuid> in(Operation operation) {
        Set<NamedUuid> names = new LinkedHashSet<>();
        for (Datum datum : datums(operation)) {
            if (datum instanceof OvsdbSet set) {
                set.atoms().forEach(atom -> addIfNamed(names, atom));
            } else {
                for (OvsdbMap.Entry entry : ((OvsdbMap) datum).entries()) {
                    addIfNamed(names, entry.key());
                    addIfNamed(names, entry.value());
                }
            }
        }
        return names;
    }

    private static void addIfNamed(Set<NamedUuid> names, Atom atom) {
        if (atom instanceof NamedUuidAtom named) {
            names.add(named.value());
        }
    }

    private static List<Datum> datums(Operation operation) {
        List<Datum> datums = new ArrayList<>();
        if (operation instanceof Operation.Insert insert) {
            datums.addAll(insert.row().columns().values());
        } else if (operation instanceof Operation.Select select) {
            addWhere(datums, select.where());
        } else if (operation instanceof Operation.Update update) {
            addWhere(datums, update.where());
            datums.addAll(update.row().columns().values());
        } else if (operation instanceof Operation.Mutate mutate) {
            addWhere(datums, mutate.where());
            mutate.mutations().forEach(m -> datums.add(m.value()));
        } else if (operation instanceof Operation.Delete delete) {
            addWhere(datums, delete.where());
        } else if (operation instanceof Operation.Wait wait) {
            addWhere(datums, wait.where());
            for (Row row : wait.rows()) {
                datums.addAll(row.columns().values());
            }
        }
        return datums;
    }

    private static void addWhere(List<Datum> datums, List<Condition> where) {
        where.forEach(c -> datums.add(c.value()));
    }
}
