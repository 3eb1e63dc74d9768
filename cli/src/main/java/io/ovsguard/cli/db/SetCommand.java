package io.ovsguard.cli.db;

import io.ovsguard.cli.command.CommandHandler;
import io.ovsguard.cli.exec.CommandContext;
import io.ovsguard.cli.exec.WorkingRow;
import io.ovsguard.ovsdb.schema.TableSchema;
import java.util.List;
import java.util.Optional;

/** {@code set TABLE RECORD COLUMN[:KEY]=VALUE...}. */
final class SetCommand implements CommandHandler<CommandContext> {

    @Override
    public void prerequisites(CommandContext context) {
        TableSchema table = SchemaNames.table(context.schema(), context.argument(0));
        RecordFinder.declare(context.prerequisites(), table.name());
        for (String arg : context.arguments().subList(2, context.arguments().size())) {
            context.prerequisites().columns(table.name(), List.of(ColumnArgument.columnOf(table, arg).name()));
        }
    }

    @Override
    public void run(CommandContext context) {
        TableSchema table = SchemaNames.table(context.schema(), context.argument(0));
        Optional<WorkingRow> row = RecordFinder.find(context.db(), table, context.argument(1),
                !context.hasOption("--if-exists"));
        if (row.isEmpty()) {
            return;
        }
        for (String arg : context.arguments().subList(2, context.arguments().size())) {
            ColumnWriter.set(row.get(), arg, context.symbols(), context.isLastCommand());
        }
        context.invalidateSwitchCache();
    }
}
