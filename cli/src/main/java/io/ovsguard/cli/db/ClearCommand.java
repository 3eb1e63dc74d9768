package io.ovsguard.cli.db;

import io.ovsguard.cli.command.CommandHandler;
import io.ovsguard.cli.exec.CommandContext;
import io.ovsguard.cli.exec.CommandFailedException;
import io.ovsguard.cli.exec.WorkingRow;
import io.ovsguard.ovsdb.schema.ColumnSchema;
import io.ovsguard.ovsdb.schema.TableSchema;
import java.util.List;
import java.util.Optional;

/** {@code clear TABLE RECORD COLUMN...}: empties set and map columns. */
final class ClearCommand implements CommandHandler<CommandContext> {

    @Override
    public void prerequisites(CommandContext context) {
        TableSchema table = SchemaNames.table(context.schema(), context.argument(0));
        RecordFinder.declare(context.prerequisites(), table.name());
        for (String name : context.arguments().subList(2, context.arguments().size())) {
            context.prerequisites().columns(table.name(), List.of(SchemaNames.column(table, name).name()));
        }
    }

    @Override
    public void run(CommandContext context) {
        TableSchema table = SchemaNames.table(context.schema(), context.argument(0));
        Optional<WorkingRow> found = RecordFinder.find(context.db(), table, context.argument(1),
                !context.hasOption("--if-exists"));
        if (found.isEmpty()) {
            return;
        }
        for (String name : context.arguments().subList(2, context.arguments().size())) {
            ColumnSchema column = SchemaNames.column(table, name);
            ColumnWriter.checkMutable(found.get(), column);
            if (column.type().min() > 0) {
                throw new CommandFailedException("\"clear\" operation cannot be applied to column " + column.name()
                        + " of table " + table.name() + ", which is not allowed to be empty");
            }
            found.get().write(column.name(), AddCommand.empty(column.type()));
        }
        context.invalidateSwitchCache();
    }
}
