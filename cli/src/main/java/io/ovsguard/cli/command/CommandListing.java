package io.ovsguard.cli.command;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code --commands} listing: one line per command, {@code [OPTION] ... ,NAME,PATTERN}, which ovs-vsctl's bash
 * completion parses. ovs-vsctl's commands come in its hash-table order; ovsguard's own follow when asked for.
 */
public final class CommandListing {

    private CommandListing() {
    }

    public static String render(CommandTable table, boolean includeOwnCommands) {
        List<CommandSyntax> commands = new ArrayList<>(table.vsctlHashOrder());
        if (includeOwnCommands) {
            commands.addAll(table.commands(CommandOrigin.OVSGUARD));
        }
        StringBuilder text = new StringBuilder();
        for (CommandSyntax c : commands) {
            for (CommandOption option : c.options()) {
                text.append('[').append(option.spec()).append("] ");
            }
            text.append(',').append(c.name()).append(',')
                    .append(ArgumentPattern.of(c.argumentsHelp()).render()).append('\n');
        }
        return text.toString();
    }
}
