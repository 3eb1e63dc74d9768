package io.ovsguard.cli.db;

import io.ovsguard.cli.command.CommandHandler;
import io.ovsguard.cli.exec.CommandContext;
import io.ovsguard.cli.exec.WorkingRow;
import io.ovsguard.ovsdb.schema.TableSchema;
import java.util.List;
import java.util.Optional;

/** {@code wait-until TABLE RECORD [CONDITION]...}: waits until the record exists and satisfies every condition. */
final class WaitUntilCommand implements CommandHandler<CommandContext> {

    @Override
    public void prerequisites(CommandContext context) {
        TableSchema table = SchemaNames.table(context.schema(), context.argument(0));
        RecordFinder.declare(context.prerequisites(), table.name());
        for (String condition : context.arguments().subList(2, context.arguments().size())) {
            context.prerequisites().columns(table.name(),
                    List.of(ColumnArgument.columnOf(table, condition).name()));
        }
    }

    @Override
    public void run(CommandContext context) {
        TableSchema table = SchemaNames.table(context.schema(), context.argument(0));
        Optional<WorkingRow> row = RecordFinder.find(context.db(), table, context.argument(1), false);
        if (row.isEmpty()) {
            context.tryAgain();
            return;
        }
        for (String condition : context.arguments().subList(2, context.arguments().size())) {
            if (!ConditionCheck.holds(table, row.get(), condition, context.symbols())) {
                context.tryAgain();
                return;
            }
        }
    }
}
