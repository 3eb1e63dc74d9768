package io.ovsguard.cli.parse;

import io.ovsguard.cli.command.CommandSyntax;
import io.ovsguard.cli.command.CommandTable;
import io.ovsguard.cli.command.OvsHashOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the words after the global options into commands at each {@code --}, and checks each command the way
 * ovs-vsctl does, in the same order so the same error wins: repeated options, a missing or unknown command name,
 * options the command does not have or that lack or carry an argument wrongly, then the argument count.
 */
final class CommandSplitter {

    private static final String MISSING_COMMAND = "missing command name (use --help for help)";

    private final CommandTable table;

    CommandSplitter(CommandTable table) {
        this.table = table;
    }

    /**
     * @param words       everything after the global options
     * @param leadingOptions per-command options given among the global options; they belong to the first command
     */
    List<CommandInvocation> split(List<String> words, List<GivenOption> leadingOptions) {
        List<CommandInvocation> commands = new ArrayList<>();
        List<GivenOption> pending = new ArrayList<>(leadingOptions);
        int start = 0;
        for (int i = 0; i <= words.size(); i++) {
            if (i < words.size() && !words.get(i).equals("--")) {
                continue;
            }
            if (i > start) {
                commands.add(parseOne(words.subList(start, i), pending));
                pending = new ArrayList<>();
            } else if (!pending.isEmpty()) {
                throw new UsageException(MISSING_COMMAND);
            }
            start = i + 1;
        }
        if (commands.isEmpty()) {
            throw new UsageException(MISSING_COMMAND);
        }
        return commands;
    }

    private CommandInvocation parseOne(List<String> words, List<GivenOption> options) {
        int i = 0;
        for (; i < words.size() && words.get(i).startsWith("-"); i++) {
            GivenOption option = GivenOption.parse(words.get(i));
            for (GivenOption given : options) {
                if (given.name().equals(option.name())) {
                    throw new UsageException("'" + words.get(i) + "' option specified multiple times");
                }
            }
            options.add(option);
        }
        if (i == words.size()) {
            throw new UsageException(MISSING_COMMAND);
        }
        String name = words.get(i);
        CommandSyntax syntax = table.find(name).orElseThrow(
                () -> new UsageException("unknown command '" + name + "'; use --help for help"));
        List<GivenOption> ordered = inTableOrder(options);
        ordered.forEach(option -> checkOption(syntax, name, option));
        List<String> arguments = words.subList(i + 1, words.size());
        checkArgumentCount(syntax, arguments);
        return new CommandInvocation(syntax, ordered, arguments);
    }

    /** ovs-vsctl keeps a command's options in a hash table and checks them in its iteration order. */
    private static List<GivenOption> inTableOrder(List<GivenOption> options) {
        if (options.size() < 2) {
            return List.copyOf(options);
        }
        List<String> names = new ArrayList<>(options.size());
        for (GivenOption option : options) {
            names.add(option.name());
        }
        List<GivenOption> ordered = new ArrayList<>(options.size());
        for (int index : OvsHashOrder.indices(names)) {
            ordered.add(options.get(index));
        }
        return List.copyOf(ordered);
    }

    /**
     * ovs-vsctl looks the option up by substring in the command's option list, and accepts it when the match ends
     * the list or is followed by {@code =}, {@code ?} or {@code ,}. The quirks of a substring search are kept on
     * purpose: they decide which spellings are errors.
     */
    private static void checkOption(CommandSyntax syntax, String command, GivenOption option) {
        String spec = syntax.optionSpec();
        int at = spec.indexOf(option.name());
        int endIndex = at + option.name().length();
        char end = at < 0 ? '\uffff' : endIndex < spec.length() ? spec.charAt(endIndex) : '\0';
        if ("=,? \0".indexOf(end) < 0) {
            throw new UsageException("'" + command + "' command has no '" + option.name() + "' option");
        }
        if (end != '?' && (end == '=') != option.value().isPresent()) {
            if (end == '=') {
                throw new UsageException("missing argument to '" + option.name() + "' option on '" + command
                        + "' command");
            }
            throw new UsageException("'" + option.name() + "' option on '" + command + "' does not accept an argument");
        }
    }

    private static void checkArgumentCount(CommandSyntax syntax, List<String> arguments) {
        if (arguments.size() < syntax.minArgs()) {
            throw new UsageException("'" + syntax.name() + "' command requires at least " + syntax.minArgs()
                    + " arguments");
        }
        if (arguments.size() > syntax.maxArgs()) {
            String note = arguments.stream().anyMatch(a -> a.startsWith("-"))
                    ? " (note that options must precede command names and follow a \"--\" argument)" : "";
            throw new UsageException("'" + syntax.name() + "' command takes at most " + syntax.maxArgs()
                    + " arguments" + note);
        }
    }
}
