package io.ovsguard.cli.db;

import io.ovsguard.cli.command.CommandHandler;
import io.ovsguard.cli.exec.CommandContext;
import io.ovsguard.cli.exec.CommandFailedException;
import io.ovsguard.cli.exec.WorkingRow;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.schema.ColumnSchema;
import io.ovsguard.ovsdb.schema.ColumnType;
import io.ovsguard.ovsdb.schema.TableSchema;
import java.util.Optional;

/** {@code add TABLE RECORD COLUMN [KEY=]VALUE...}: adds values or pairs to a set or map column. */
final class AddCommand implements CommandHandler<CommandContext> {

    @Override
    public void prerequisites(CommandContext context) {
        EditedColumn.declare(context);
    }

    @Override
    public void run(CommandContext context) {
        Optional<EditedColumn> found = EditedColumn.find(context);
        if (found.isEmpty()) {
            return;
        }
        TableSchema table = found.get().table();
        ColumnSchema column = found.get().column();
        WorkingRow row = found.get().row();
        ColumnType type = column.type();
        boolean partial = context.isLastCommand();
        Datum result = partial ? empty(type) : row.read(column.name());
        ColumnType addType = type.withCounts(1, ColumnType.UNLIMITED);
        ValueParser parser = new ValueParser(context.symbols());
        for (String value : context.arguments().subList(3, context.arguments().size())) {
            result = DatumAlgebra.union(result, parser.datum(addType, value));
        }
        if (!partial && result.size() > type.max()) {
            throw new CommandFailedException("\"add\" operation would put " + result.size() + " "
                    + (type.isMap() ? "pairs" : "values") + " in column " + column.name() + " of table "
                    + table.name() + " but the maximum number is " + type.max());
        }
        if (partial) {
            addPartially(row, column, result);
        } else {
            row.verify(column.name());
            row.write(column.name(), result);
        }
        context.invalidateSwitchCache();
    }

    /** The IDL's partial writes, one per element; a map key that is present gets the new value. */
    private static void addPartially(WorkingRow row, ColumnSchema column, Datum additions) {
        if (additions instanceof OvsdbMap map) {
            map.entries().forEach(e -> row.writeMapEntry(column.name(), e.key(), e.value()));
        } else {
            ((OvsdbSet) additions).atoms().forEach(a -> row.insertSetElement(column.name(), a));
        }
    }

    static Datum empty(ColumnType type) {
        return type.isMap() ? OvsdbMap.empty() : OvsdbSet.empty();
    }
}
