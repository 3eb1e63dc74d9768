package io.ovsguard.cli.db;

import io.ovsguard.cli.command.CommandHandler;
import io.ovsguard.cli.exec.CommandContext;
import io.ovsguard.cli.exec.WorkingRow;
import io.ovsguard.cli.format.OutputTable;
import io.ovsguard.ovsdb.schema.TableSchema;
import java.util.List;

/** {@code find TABLE [CONDITION]...}: prints the records that satisfy every condition. */
final class FindCommand implements CommandHandler<CommandContext> {

    @Override
    public void prerequisites(CommandContext context) {
        TableSchema table = SchemaNames.table(context.schema(), context.argument(0));
        RecordFinder.declare(context.prerequisites(), table.name());
        context.prerequisites().walkInIdlOrder(table.name());
        ListedColumns columns = ListedColumns.of(table, context.optionValue("--columns"));
        context.prerequisites().columns(table.name(), columns.names());
        for (String condition : conditions(context)) {
            context.prerequisites().columns(table.name(),
                    List.of(ColumnArgument.columnOf(table, condition).name()));
        }
    }

    @Override
    public void run(CommandContext context) {
        TableSchema table = SchemaNames.table(context.schema(), context.argument(0));
        ListedColumns columns = ListedColumns.of(table, context.optionValue("--columns"));
        OutputTable out = columns.newTable();
        context.setTable(out);
        for (WorkingRow row : context.db().rows(table.name())) {
            boolean all = true;
            for (String condition : conditions(context)) {
                if (!ConditionCheck.holds(table, row, condition, context.symbols())) {
                    all = false;
                    break;
                }
            }
            if (all) {
                columns.addRow(out, row);
            }
        }
    }

    private static List<String> conditions(CommandContext context) {
        return context.arguments().subList(1, context.arguments().size());
    }
}
