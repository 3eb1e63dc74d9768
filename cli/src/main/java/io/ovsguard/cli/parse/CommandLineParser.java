package io.ovsguard.cli.parse;

import io.ovsguard.cli.command.CommandOrigin;
import io.ovsguard.cli.command.CommandSyntax;
import io.ovsguard.cli.command.CommandTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses a command line with ovs-vsctl's grammar: {@code [GLOBAL-OPTIONS] [--] [CMD-OPTIONS] COMMAND [ARG...]
 * [-- [CMD-OPTIONS] COMMAND [ARG...]]...}. Global options and the first command's options may be mixed before the
 * first command name; every later command's options follow its {@code --}. Errors carry ovs-vsctl's wording.
 */
public final class CommandLineParser {

    private final CommandTable table;
    private final CliEnvironment environment;
    private final Map<Character, LongOption> shortOptions;

    public CommandLineParser(CommandTable table, CliEnvironment environment) {
        this.table = table;
        this.environment = environment;
        Map<Character, LongOption> shorts = new HashMap<>();
        for (GlobalOption g : GlobalOption.values()) {
            if (g.hasShortName()) {
                shorts.put(g.shortName(), LongOption.of(g));
            }
        }
        this.shortOptions = Map.copyOf(shorts);
    }

    public ParseResult parse(List<String> args) {
        OptionScanner scanner = new OptionScanner(args, new GetoptTable(table), shortOptions);
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
}
