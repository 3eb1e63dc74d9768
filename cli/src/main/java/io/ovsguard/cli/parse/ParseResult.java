package io.ovsguard.cli.parse;

import io.ovsguard.cli.command.CommandSyntax;
import java.util.List;
import java.util.Objects;

/** What a command line asks for: commands to run, or one of the informational outputs. */
public sealed interface ParseResult {

    /** Run these commands, in order, as one transaction. */
    record Execute(GlobalOptions options, List<CommandInvocation> commands) implements ParseResult {
        public Execute {
            Objects.requireNonNull(options, "options");
            commands = List.copyOf(commands);
            if (commands.isEmpty()) {
                throw new IllegalArgumentException("no commands");
            }
        }
    }

    /** {@code -h/--help}. */
    record ShowHelp() implements ParseResult {
    }

    /** {@code -V/--version}. */
    record ShowVersion() implements ParseResult {
    }

    /** {@code --commands}. */
    record ShowCommands() implements ParseResult {
    }

    /** {@code --options}. */
    record ShowOptions() implements ParseResult {
    }

    /** {@code COMMAND --help} for one of ovsguard's own commands. */
    record ShowCommandHelp(CommandSyntax command) implements ParseResult {
        public ShowCommandHelp {
            Objects.requireNonNull(command, "command");
        }
    }
}
