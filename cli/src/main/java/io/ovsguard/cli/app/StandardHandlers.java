package io.ovsguard.cli.app;

import io.ovsguard.cli.command.CommandHandlers;
import io.ovsguard.cli.command.CommandTable;
import io.ovsguard.cli.db.DatabaseCommands;
import io.ovsguard.cli.exec.CommandContext;
import io.ovsguard.cli.vswitch.VswitchCommands;

/** The handlers of every implemented ovs-vsctl command, in groups registered when a command needs them. */
public final class StandardHandlers {

    private StandardHandlers() {
    }

    public static CommandHandlers<CommandContext> create(CommandTable table) {
        CommandHandlers.Builder<CommandContext> handlers = CommandHandlers.builder(table);
        // groups, registered when first needed, commonest first: bridges and ports, get/set and the other
        // database commands, then the rest
        VswitchCommands.registerFirst(handlers);
        handlers.group(DatabaseCommands::register);
        VswitchCommands.registerRest(handlers);
        return handlers.build();
    }
}
