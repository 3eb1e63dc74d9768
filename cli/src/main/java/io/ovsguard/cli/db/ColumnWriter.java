package io.ovsguard.cli.db;

import io.ovsguard.cli.exec.CommandFailedException;
import io.ovsguard.cli.exec.SymbolTable;
import io.ovsguard.cli.exec.WorkingRow;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.op.Mutator;
import io.ovsguard.ovsdb.schema.ColumnSchema;

/**
 * Applies one {@code COLUMN[:KEY]=VALUE} argument to a row, as {@code set} and {@code create} (and the vswitch
 * commands' column arguments) do.
 */
public final class ColumnWriter {

    private ColumnWriter() {
    }

    /**
     * @param partial whether to send a map key as a partial update (ovs-vsctl does for the last command of a line)
     */
    public static void set(WorkingRow row, String arg, SymbolTable symbols, boolean partial) {
        ColumnArgument parsed = ColumnArgument.withValue(row.table(), arg);
        ColumnSchema column = parsed.column();
        String value = parsed.value().orElseThrow();
        checkMutable(row, column);
        ValueParser parser = new ValueParser(symbols);
        if (parsed.key().isPresent()) {
            if (!column.type().isMap()) {
                throw new CommandFailedException("cannot specify key to set for non-map column " + column.name());
            }
            Atom key = parser.atom(column.type().key(), parsed.key().get());
            Atom atom = parser.atom(column.type().value().orElseThrow(), value);
            if (partial) {
                Datum current = row.isInserted() ? OvsdbMap.empty() : row.read(column.name());
                if (((OvsdbMap) current).containsKey(key)) {
                    row.mutate(column.name(), Mutator.DELETE, OvsdbSet.of(key));
                }
                row.mutate(column.name(), Mutator.INSERT, OvsdbMap.of(key, atom));
            } else {
                Datum merged = DatumAlgebra.union(OvsdbMap.of(key, atom), row.read(column.name()));
                row.verify(column.name());
                row.write(column.name(), merged);
            }
        } else {
            row.write(column.name(), parser.datum(column.type(), value));
        }
    }

    /** ovs-vsctl refuses to write immutable columns of rows that already exist. */
    public static void checkMutable(WorkingRow row, ColumnSchema column) {
        if (!column.mutable() && !row.isInserted()) {
            throw new CommandFailedException("cannot modify read-only column " + column.name() + " in table "
                    + row.tableName());
        }
    }
}
