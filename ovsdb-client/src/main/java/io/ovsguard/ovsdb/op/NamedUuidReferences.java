package io.ovsguard.ovsdb.op;

import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.NamedUuid;
import io.ovsguard.ovsdb.notation.NamedUuidAtom;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Row;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;

/** Finds the named-uuids an operation refers to in the values it sends. */
final class NamedUuidReferences {

    private NamedUuidReferences() {
    }

    /** Adds to {@code names} every named-uuid that {@code operation} refers to. */
    static void collect(Operation operation, Collection<NamedUuid> names) {
        if (operation instanceof Operation.Insert insert) {
            addRow(names, insert.row());
        } else if (operation instanceof Operation.Select select) {
            addWhere(names, select.where());
        } else if (operation instanceof Operation.Update update) {
            addWhere(names, update.where());
            addRow(names, update.row());
        } else if (operation instanceof Operation.Mutate mutate) {
            addWhere(names, mutate.where());
            for (Mutation mutation : mutate.mutations()) {
                addDatum(names, mutation.value());
            }
        } else if (operation instanceof Operation.Delete delete) {
            addWhere(names, delete.where());
        } else if (operation instanceof Operation.Wait wait) {
            addWhere(names, wait.where());
            for (Row row : wait.rows()) {
                addRow(names, row);
            }
        }
    }

    private static void addRow(Collection<NamedUuid> names, Row row) {
        row.columns().forEach(new RowValues(names));
    }

    /** Gathers a row's references; a class rather than a capturing lambda, as in {@link OperationChecker}. */
    private static final class RowValues implements BiConsumer<String, Datum> {
        private final Collection<NamedUuid> names;

        RowValues(Collection<NamedUuid> names) {
            this.names = names;
        }

        @Override
        public void accept(String column, Datum datum) {
            addDatum(names, datum);
        }
    }

    private static void addWhere(Collection<NamedUuid> names, List<Condition> where) {
        for (Condition condition : where) {
            addDatum(names, condition.value());
        }
    }

    private static void addDatum(Collection<NamedUuid> names, Datum datum) {
        if (datum instanceof OvsdbSet set) {
            // indexed, not for-each: without escape analysis (C1) every iterator is an allocation,
            // and a large transaction checks tens of thousands of sets
            List<Atom> atoms = set.atoms();
            for (int i = 0; i < atoms.size(); i++) {
                addIfNamed(names, atoms.get(i));
            }
        } else {
            for (OvsdbMap.Entry entry : ((OvsdbMap) datum).entries()) {
                addIfNamed(names, entry.key());
                addIfNamed(names, entry.value());
            }
        }
    }

    private static void addIfNamed(Collection<NamedUuid> names, Atom atom) {
        if (atom instanceof NamedUuidAtom named) {
            names.add(named.value());
        }
    }
}
