package io.ovsguard.cli.parse;

import io.ovsguard.cli.command.CommandOption;
import io.ovsguard.cli.command.CommandOrigin;
import io.ovsguard.cli.command.CommandSyntax;
import io.ovsguard.cli.command.CommandTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses a command line with ovs-vsctl's grammar: {@code [GLOBAL-OPTIONS] [--] [CMD-OPTIONS] COMMAND [ARG...]
 * [-- [CMD-OPTIONS] COMMAND [ARG...]]...}. Global options and the first command's options may be mixed before the
 * first command name; every later command's options follow its {@code --}. Errors carry ovs-vsctl's wording.
 */
public final class CommandLineParser {

    private final CommandTable table;
    private final CliEnvironment environment;
    private final List<LongOption> options;
    private final List<LongOption> ownOptions;
    private final Map<Character, LongOption> shortOptions;

    public CommandLineParser(CommandTable table, CliEnvironment environment) {
        this.table = table;
        this.environment = environment;
        this.options = vsctlOptionTable(table);
        this.ownOptions = ownOptionTable(table, options);
        Map<Character, LongOption> shorts = new HashMap<>();
        for (GlobalOption g : GlobalOption.values()) {
            if (g.hasShortName()) {
                shorts.put(g.shortName(), LongOption.of(g));
            }
        }
        this.shortOptions = Map.copyOf(shorts);
    }

    public ParseResult parse(List<String> args) {
        OptionScanner scanner = new OptionScanner(args, options, ownOptions, shortOptions);
        GlobalOptionApplier applier = new GlobalOptionApplier(environment);
        GlobalOptions.Builder global = new GlobalOptions.Builder().calledAs(CalledAsLine.of(environment.argv0(), args));
        List<GivenOption> leading = new ArrayList<>();
        for (Optional<ScannedOption> next = scanner.next(); next.isPresent(); next = scanner.next()) {
            ScannedOption scanned = next.get();
            if (scanned.option().isLocal()) {
                leading.add(new GivenOption("--" + scanned.option().name(), scanned.argument()));
                continue;
            }
            Optional<ParseResult> early = applier.apply(scanned.option().global().orElseThrow(),
                    scanned.argument(), global);
            if (early.isPresent()) {
                return early.get();
            }
        }
        List<String> words = scanner.remaining();
        Optional<CommandSyntax> helpRequest = ownCommandHelpRequest(words);
        if (helpRequest.isPresent()) {
            return new ParseResult.ShowCommandHelp(helpRequest.get());
        }
        List<CommandInvocation> commands = new CommandSplitter(table).split(words, leading);
        return new ParseResult.Execute(global.build(environment.defaultDatabase()), commands);
    }

    public ParseResult parse(String... args) {
        return parse(Arrays.asList(args));
    }

    /**
     * {@code COMMAND --help} (or {@code -h}) for one of ovsguard's own commands; ovs-vsctl's commands have no such
     * form, and their arguments are left alone.
     */
    private Optional<CommandSyntax> ownCommandHelpRequest(List<String> words) {
        int i = 0;
        while (i < words.size() && words.get(i).startsWith("-") && !words.get(i).equals("--")) {
            i++;
        }
        if (i >= words.size()) {
            return Optional.empty();
        }
        Optional<CommandSyntax> command = table.find(words.get(i))
                .filter(c -> c.origin() == CommandOrigin.OVSGUARD);
        List<String> rest = words.subList(i + 1, words.size());
        int end = rest.indexOf("--");
        List<String> arguments = end < 0 ? rest : rest.subList(0, end);
        return command.filter(c -> arguments.contains("--help") || arguments.contains("-h"));
    }

    /**
     * ovs-vsctl's getopt table: its global options, then every per-command option of its commands, in command
     * hash order, each once.
     */
    private static List<LongOption> vsctlOptionTable(CommandTable table) {
        List<LongOption> list = new ArrayList<>();
        for (GlobalOption g : GlobalOption.values()) {
            if (!g.isOwn()) {
                list.add(LongOption.of(g));
            }
        }
        Map<String, LongOption> locals = new LinkedHashMap<>();
        table.vsctlHashOrder().forEach(c -> c.options().forEach(o -> locals.putIfAbsent(o.bareName(), local(o))));
        list.addAll(locals.values());
        return List.copyOf(list);
    }

    /** ovsguard's global options and its own commands' options, consulted only when ovs-vsctl's match nothing. */
    private static List<LongOption> ownOptionTable(CommandTable table, List<LongOption> vsctl) {
        List<LongOption> list = new ArrayList<>();
        for (GlobalOption g : GlobalOption.values()) {
            if (g.isOwn()) {
                list.add(LongOption.of(g));
            }
        }
        // plain loops and a name set: this runs on every call, interpreted, before anything else can start
        Set<String> known = new HashSet<>();
        for (LongOption option : vsctl) {
            known.add(option.name());
        }
        for (LongOption option : list) {
            known.add(option.name());
        }
        for (CommandSyntax command : table.commands()) {
            if (command.origin() != CommandOrigin.OVSGUARD) {
                continue;
            }
            for (CommandOption option : command.options()) {
                if (known.add(option.bareName())) {
                    list.add(local(option));
                }
            }
        }
        return List.copyOf(list);
    }

    private static LongOption local(CommandOption option) {
        return LongOption.local(option.bareName(), option.argument());
    }
}
