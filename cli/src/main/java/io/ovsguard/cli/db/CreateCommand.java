package io.ovsguard.cli.db;

import io.ovsguard.cli.command.CommandHandler;
import io.ovsguard.cli.exec.CommandContext;
import io.ovsguard.cli.exec.CommandFailedException;
import io.ovsguard.cli.exec.Symbol;
import io.ovsguard.cli.exec.WorkingRow;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.schema.TableSchema;
import java.util.Optional;

/** {@code create TABLE COLUMN[:KEY]=VALUE...}: inserts a record and prints its uuid. */
final class CreateCommand implements CommandHandler<CommandContext> {

    @Override
    public void prerequisites(CommandContext context) {
        TableSchema table = SchemaNames.table(context.schema(), context.argument(0));
        if (context.optionValue("--id").isEmpty() && !table.isRoot()) {
            context.warn("db_ctl_base", "applying \"create\" command to table " + table.name()
                    + " without --id option will have no effect");
        }
    }

    @Override
    public void run(CommandContext context) {
        TableSchema table = SchemaNames.table(context.schema(), context.argument(0));
        Optional<String> id = context.optionValue("--id");
        WorkingRow row;
        if (id.isPresent()) {
            if (Uuid.isUuid(id.get())) {
                throw new CommandFailedException("--id=UUID (a persistent uuid) is not supported; use --id=@name");
            }
            Symbol symbol = Symbols.create(context.symbols(), id.get());
            if (table.isRoot()) {
                // rows of root tables stay even when nothing refers to them
                symbol.markStrongReference();
            }
            row = context.db().insert(table.name(), symbol.uuid());
        } else {
            row = context.db().insert(table.name());
        }
        for (String arg : context.arguments().subList(1, context.arguments().size())) {
            ColumnWriter.set(row, arg, context.symbols(), false);
        }
        context.print(row.uuid().toString());
    }

    @Override
    public void postprocess(CommandContext context) {
        Uuid temporary = Uuid.parse(context.output());
        context.replaceOutput(context.insertedUuid(temporary).orElse(temporary) + "\n");
    }
}
