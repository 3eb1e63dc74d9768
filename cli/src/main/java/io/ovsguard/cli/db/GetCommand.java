package io.ovsguard.cli.db;

import io.ovsguard.cli.command.CommandHandler;
import io.ovsguard.cli.exec.CommandContext;
import io.ovsguard.cli.exec.CommandFailedException;
import io.ovsguard.cli.exec.StdoutTerminal;
import io.ovsguard.cli.exec.Symbol;
import io.ovsguard.cli.exec.WorkingRow;
import io.ovsguard.cli.format.DatumText;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.Datum;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import io.ovsguard.ovsdb.schema.ColumnSchema;
import io.ovsguard.ovsdb.schema.TableSchema;
import java.util.List;
import java.util.Optional;

/** {@code get TABLE RECORD [COLUMN[:KEY]]...}: prints values, or with {@code --id=@name} names the record. */
final class GetCommand implements CommandHandler<CommandContext> {

    @Override
    public void prerequisites(CommandContext context) {
        // a get that names neither a column nor --id only checks that the row exists; likely a mistake when typed
        if (context.optionValue("--id").isEmpty() && context.arguments().size() <= 2 && StdoutTerminal.isTerminal()) {
            context.warn("db_ctl_base", "\"get\" command without row arguments or \"--id\" is possibly erroneous");
        }
        TableSchema table = SchemaNames.table(context.schema(), context.argument(0));
        RecordFinder.declare(context.prerequisites(), table.name());
        for (String arg : columns(context)) {
            if (!isUuid(arg)) {
                context.prerequisites().columns(table.name(), List.of(ColumnArgument.columnOf(table, arg).name()));
            }
        }
    }

    @Override
    public void run(CommandContext context) {
        Optional<String> id = context.optionValue("--id");
        boolean mustExist = !context.hasOption("--if-exists");
        if (id.isPresent() && !mustExist) {
            throw new CommandFailedException("--if-exists and --id may not be specified together");
        }
        TableSchema table = SchemaNames.table(context.schema(), context.argument(0));
        String record = context.argument(1);
        Optional<WorkingRow> found = RecordFinder.find(context.db(), table, record, mustExist);
        if (found.isEmpty()) {
            return;
        }
        WorkingRow row = found.get();
        if (id.isPresent()) {
            bindSymbol(context, id.get(), row);
        }
        for (String arg : columns(context)) {
            if (isUuid(arg)) {
                context.print(row.uuid() + "\n");
                continue;
            }
            ColumnArgument parsed = ColumnArgument.withoutValue(table, arg);
            ColumnSchema column = parsed.column();
            row.verify(column.name());
            Datum datum = row.read(column.name());
            if (parsed.key().isPresent()) {
                if (!column.type().isMap()) {
                    throw new CommandFailedException("cannot specify key to get for non-map column " + column.name());
                }
                Atom key = new ValueParser(context.symbols()).atom(column.type().key(), parsed.key().get());
                Optional<Atom> value = ((OvsdbMap) datum).get(key);
                if (value.isPresent()) {
                    context.print(DatumText.atomText(value.get()));
                } else if (mustExist) {
                    throw new CommandFailedException("no key \"" + parsed.key().get() + "\" in " + table.name()
                            + " record \"" + record + "\" column " + column.name());
                }
            } else {
                context.print(DatumText.toText(datum, column.type()));
            }
            context.print("\n");
        }
    }

    private static void bindSymbol(CommandContext context, String id, WorkingRow row) {
        boolean isNew = context.symbols().find(id).isEmpty();
        Symbol symbol = Symbols.create(context.symbols(), id);
        if (!isNew) {
            throw new CommandFailedException("row id \"" + id + "\" specified on \"get\" command was used before it"
                    + " was defined");
        }
        symbol.bindTo(row.uuid());
        // the row exists already, so no warning about it being unreferenced
        symbol.markStrongReference();
    }

    private static boolean isUuid(String arg) {
        return arg.equalsIgnoreCase("_uuid") || arg.equalsIgnoreCase("-uuid");
    }

    private static List<String> columns(CommandContext context) {
        return context.arguments().subList(2, context.arguments().size());
    }
}
