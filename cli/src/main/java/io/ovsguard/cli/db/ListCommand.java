package io.ovsguard.cli.db;

import io.ovsguard.cli.command.CommandHandler;
import io.ovsguard.cli.exec.CommandContext;
import io.ovsguard.cli.exec.WorkingRow;
import io.ovsguard.cli.format.OutputTable;
import io.ovsguard.ovsdb.schema.TableSchema;
import java.util.Optional;

/** {@code list TABLE [RECORD]...}: prints the named records, or every record, of a table. */
final class ListCommand implements CommandHandler<CommandContext> {

    @Override
    public void prerequisites(CommandContext context) {
        TableSchema table = SchemaNames.table(context.schema(), context.argument(0));
        RecordFinder.declare(context.prerequisites(), table.name());
        ListedColumns columns = ListedColumns.of(table, context.optionValue("--columns"));
        context.prerequisites().columns(table.name(), columns.names());
        if (context.arguments().size() == 1) {
            context.prerequisites().walkInIdlOrder(table.name());
        }
    }

    @Override
    public void run(CommandContext context) {
        TableSchema table = SchemaNames.table(context.schema(), context.argument(0));
        ListedColumns columns = ListedColumns.of(table, context.optionValue("--columns"));
        boolean mustExist = !context.hasOption("--if-exists");
        OutputTable out = columns.newTable();
        context.setTable(out);
        if (context.arguments().size() > 1) {
            for (String record : context.arguments().subList(1, context.arguments().size())) {
                Optional<WorkingRow> row = RecordFinder.find(context.db(), table, record, mustExist);
                row.ifPresent(r -> columns.addRow(out, r));
            }
        } else {
            for (WorkingRow row : context.db().rows(table.name())) {
                columns.addRow(out, row);
            }
        }
    }
}
