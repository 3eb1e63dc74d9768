package io.ovsguard.cli.db;

import io.ovsguard.cli.command.CommandHandler;
import io.ovsguard.cli.exec.CommandContext;

/** {@code comment [ARG]...}: does nothing; the command line is already in the transaction's comment. */
final class CommentCommand implements CommandHandler<CommandContext> {

    @Override
    public void run(CommandContext context) {
        // nothing to do: the words only need to reach the database log with the transaction
    }
}
