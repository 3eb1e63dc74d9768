package io.ovsguard.cli.db;

import io.ovsguard.cli.command.CommandHandlers;
import io.ovsguard.cli.exec.CommandContext;

/** Registers the generic database commands (list, find, get, set, add, remove, clear, create, destroy, ...). */
public final class DatabaseCommands {

    private DatabaseCommands() {
    }

    public static void register(CommandHandlers.Builder<CommandContext> handlers) {
        handlers.register("list", new ListCommand())
                .register("find", new FindCommand())
                .register("get", new GetCommand())
                .register("set", new SetCommand())
                .register("add", new AddCommand())
                .register("remove", new RemoveCommand())
                .register("clear", new ClearCommand())
                .register("create", new CreateCommand())
                .register("destroy", new DestroyCommand())
                .register("wait-until", new WaitUntilCommand())
                .register("comment", new CommentCommand());
    }
}
