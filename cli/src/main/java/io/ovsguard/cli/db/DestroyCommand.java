package io.ovsguard.cli.db;

import io.ovsguard.cli.command.CommandHandler;
import io.ovsguard.cli.exec.CommandContext;
import io.ovsguard.cli.exec.CommandFailedException;
import io.ovsguard.cli.exec.WorkingRow;
import io.ovsguard.ovsdb.schema.TableSchema;

/** {@code destroy TABLE RECORD...} or {@code --all destroy TABLE}: deletes records. */
final class DestroyCommand implements CommandHandler<CommandContext> {

    @Override
    public void prerequisites(CommandContext context) {
        TableSchema table = SchemaNames.table(context.schema(), context.argument(0));
        RecordFinder.declare(context.prerequisites(), table.name());
    }

    @Override
    public void run(CommandContext context) {
        boolean mustExist = !context.hasOption("--if-exists");
        boolean all = context.hasOption("--all");
        TableSchema table = SchemaNames.table(context.schema(), context.argument(0));
        int records = context.arguments().size() - 1;
        if (all && records > 0) {
            throw new CommandFailedException("--all and records argument should not be specified together");
        }
        if (all && !mustExist) {
            throw new CommandFailedException("--all and --if-exists should not be specified together");
        }
        if (!all && records == 0) {
            context.warn("db_ctl_base", "either --all or records argument should be specified");
            return;
        }
        if (all) {
            context.db().rows(table.name()).forEach(WorkingRow::delete);
        } else {
            for (String record : context.arguments().subList(1, context.arguments().size())) {
                RecordFinder.find(context.db(), table, record, mustExist).ifPresent(WorkingRow::delete);
            }
        }
        context.invalidateSwitchCache();
    }
}
