package io.ovsguard.cli.db;

import io.ovsguard.cli.command.CommandHandler;
import io.ovsguard.cli.exec.CommandContext;
import io.ovsguard.cli.exec.CommandFailedException;
import io.ovsguard.cli.exec.WorkingRow;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.schema.ColumnSchema;
import io.ovsguard.ovsdb.schema.ColumnType;
import io.ovsguard.ovsdb.schema.TableSchema;
import java.util.Optional;

/** {@code remove TABLE RECORD COLUMN KEY|VALUE|KEY=VALUE...}: removes values, keys or pairs. */
final class RemoveCommand implements CommandHandler<CommandContext> {

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
        Datum result = row.read(column.name());
        ColumnType removeType = type.withCounts(1, ColumnType.UNLIMITED);
        ValueParser parser = new ValueParser(context.symbols());
        for (String value : context.arguments().subList(3, context.arguments().size())) {
            Datum remove;
            try {
                remove = parser.datum(removeType, value);
            } catch (CommandFailedException notPairs) {
                if (!type.isMap()) {
                    throw notPairs;
                }
                remove = parser.datum(new ColumnType(type.key(), Optional.empty(), 1, ColumnType.UNLIMITED), value);
            }
            result = DatumAlgebra.subtract(result, remove);
        }
        if (result.size() < type.min()) {
            throw new CommandFailedException("\"remove\" operation would put " + result.size() + " "
                    + (type.isMap() ? "pairs" : "values") + " in column " + column.name() + " of table "
                    + table.name() + " but the minimum number is " + type.min());
        }
        row.verify(column.name());
        row.write(column.name(), result);
        context.invalidateSwitchCache();
    }
}
