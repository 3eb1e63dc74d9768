package io.ovsguard.cli.db;

import io.ovsguard.cli.command.RowReference;
import io.ovsguard.cli.command.TableReferences;
import io.ovsguard.cli.exec.CommandFailedException;
import io.ovsguard.cli.exec.Prerequisites;
import io.ovsguard.cli.exec.WorkingDatabase;
import io.ovsguard.cli.exec.WorkingRow;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.AtomType;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.IntegerAtom;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.StringAtom;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.notation.UuidAtom;
import io.ovsguard.ovsdb.schema.ColumnType;
import io.ovsguard.ovsdb.schema.TableSchema;
import java.util.List;
import java.util.Optional;

/**
 * Finds the row a user names in a table, with ovs-vsctl's rules: a uuid, {@code .} for a table's only row, a name
 * column of the row itself or of a row that refers to it, and finally a unique uuid prefix of at least four
 * characters.
 */
public final class RecordFinder {

    private RecordFinder() {
    }

    /** Declares the table and the columns its row names live in (ovs-vsctl's {@code pre_get_table}). */
    public static void declare(Prerequisites prerequisites, String table) {
        prerequisites.table(table);
        for (RowReference reference : references(table)) {
            String idTable = reference.referrer().orElse(table);
            prerequisites.columns(idTable, List.of(reference.nameColumn()));
            reference.uuidColumn().ifPresent(c -> prerequisites.columns(idTable, List.of(c)));
        }
    }

    /**
     * The row {@code recordId} names in {@code table}; empty if there is none and {@code mustExist} is false.
     *
     * @throws CommandFailedException if the name is ambiguous, or names nothing and {@code mustExist}
     */
    public static Optional<WorkingRow> find(WorkingDatabase db, TableSchema table, String recordId,
            boolean mustExist) {
        Optional<WorkingRow> row = Optional.empty();
        if (Uuid.isUuid(recordId)) {
            row = db.row(table.name(), Uuid.parse(recordId));
        }
        if (row.isEmpty() && recordId.equals(".")) {
            List<WorkingRow> rows = db.rows(table.name());
            if (rows.size() == 1) {
                row = Optional.of(rows.get(0));
            }
        }
        if (row.isEmpty()) {
            for (RowReference reference : references(table.name())) {
                row = byReference(db, table, reference, recordId);
                if (row.isPresent()) {
                    break;
                }
            }
        }
        if (row.isEmpty() && partialUuidLength(recordId) >= 4) {
            for (WorkingRow candidate : db.rows(table.name())) {
                if (candidate.uuid().toString().startsWith(recordId)) {
                    if (row.isPresent()) {
                        throw new CommandFailedException(table.name() + " contains 2 or more rows whose UUIDs begin"
                                + " with " + recordId + ": at least " + row.get().uuid() + " and "
                                + candidate.uuid());
                    }
                    row = Optional.of(candidate);
                }
            }
        }
        if (mustExist && row.isEmpty()) {
            throw new CommandFailedException("no row \"" + recordId + "\" in table " + table.name());
        }
        return row;
    }

    private static Optional<WorkingRow> byReference(WorkingDatabase db, TableSchema table, RowReference reference,
            String recordId) {
        String idTable = reference.referrer().orElse(table.name());
        TableSchema idSchema = db.schema().table(idTable);
        ColumnType nameType = idSchema.column(reference.nameColumn()).type();
        AtomType nameAtomType = reference.key().isPresent() ? nameType.value().orElseThrow().type()
                : nameType.key().type();
        if (nameAtomType == AtomType.INTEGER && !recordId.matches("[0-9]+")) {
            return Optional.empty();
        }
        WorkingRow referrer = null;
        for (WorkingRow row : db.rows(idTable)) {
            Optional<Atom> name = nameOf(row.read(reference.nameColumn()), reference.key());
            if (name.isPresent() && matches(name.get(), recordId)) {
                if (referrer != null) {
                    throw new CommandFailedException("multiple rows in " + idTable + " match \"" + recordId + "\"");
                }
                referrer = row;
            }
        }
        if (referrer == null) {
            return Optional.empty();
        }
        if (reference.uuidColumn().isEmpty()) {
            return Optional.of(referrer);
        }
        referrer.verify(reference.uuidColumn().get());
        Datum target = referrer.read(reference.uuidColumn().get());
        if (target instanceof OvsdbSet set && set.size() == 1 && set.atoms().get(0) instanceof UuidAtom uuid) {
            return db.row(table.name(), uuid.value());
        }
        return Optional.empty();
    }

    private static Optional<Atom> nameOf(Datum datum, Optional<String> key) {
        if (key.isEmpty()) {
            return datum instanceof OvsdbSet set && set.size() == 1 ? Optional.of(set.atoms().get(0))
                    : Optional.empty();
        }
        return datum instanceof OvsdbMap map ? map.get(new StringAtom(key.get())) : Optional.empty();
    }

    private static boolean matches(Atom name, String recordId) {
        if (name instanceof StringAtom s) {
            if (s.value().equals(recordId)) {
                return true;
            }
            return recordId.length() >= 4 && Uuid.isUuid(s.value()) && s.value().startsWith(recordId);
        }
        if (name instanceof IntegerAtom i) {
            try {
                return i.value() == Long.parseLong(recordId);
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return false;
    }

    /** The length of {@code s} if it could be the start of a uuid's text, else 0. */
    static int partialUuidLength(String s) {
        if (s.length() > 36) {
            return 0;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : Character.digit(c, 16) < 0) {
                return 0;
            }
        }
        return s.length();
    }

    private static List<RowReference> references(String table) {
        for (TableReferences.TableReference reference : TableReferences.vswitch()) {
            if (reference.table().equals(table)) {
                return reference.references();
            }
        }
        return List.of();
    }
}
