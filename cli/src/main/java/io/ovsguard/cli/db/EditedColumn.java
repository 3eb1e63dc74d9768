package io.ovsguard.cli.db;

import io.ovsguard.cli.exec.CommandContext;
import io.ovsguard.cli.exec.WorkingRow;
import io.ovsguard.ovsdb.schema.ColumnSchema;
import io.ovsguard.ovsdb.schema.TableSchema;
import java.util.List;
import java.util.Optional;

/**
 * The {@code TABLE RECORD COLUMN} that {@code add} and {@code remove} start with: declared the same way, found the
 * same way ({@code --if-exists} lets a missing record pass), and checked to be writable before any value is read.
 */
record EditedColumn(TableSchema table, ColumnSchema column, WorkingRow row) {

    static void declare(CommandContext context) {
        TableSchema table = SchemaNames.table(context.schema(), context.argument(0));
        RecordFinder.declare(context.prerequisites(), table.name());
        context.prerequisites().columns(table.name(),
                List.of(SchemaNames.column(table, context.argument(2)).name()));
    }

    /** Empty when the record is missing and {@code --if-exists} was given. */
    static Optional<EditedColumn> find(CommandContext context) {
        TableSchema table = SchemaNames.table(context.schema(), context.argument(0));
        ColumnSchema column = SchemaNames.column(table, context.argument(2));
        Optional<WorkingRow> found = RecordFinder.find(context.db(), table, context.argument(1),
                !context.hasOption("--if-exists"));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ColumnWriter.checkMutable(found.get(), column);
        return Optional.of(new EditedColumn(table, column, found.get()));
    }
}
