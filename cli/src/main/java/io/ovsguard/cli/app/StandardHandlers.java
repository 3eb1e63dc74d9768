package io.ovsguard.cli.app;

import io.ovsguard.cli.command.CommandHandlers;
import io.ovsguard.cli.command.CommandTable;
import io.ovsguard.cli.db.DatabaseCommands;
import io.ovsguard.cli.exec.CommandContext;
import io.ovsguard.cli.vswitch.VswitchCommands;

/** The handlers of every implemented ovs-vsctl command, one registration call per command group. */
public final class StandardHandlers {

    private StandardHandlers() {
    }

    public static CommandHandlers<CommandContext> create(CommandTable table) {
        CommandHandlers.Builder<CommandContext> handlers = CommandHandlers.builder(table);
        DatabaseCommands.register(handlers);
        VswitchCommands.register(handlers);
        return handlers.build();
    }
}
