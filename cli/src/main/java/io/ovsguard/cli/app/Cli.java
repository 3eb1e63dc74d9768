package io.ovsguard.cli.app;

import io.ovsguard.cli.call.CliStreams;
import io.ovsguard.cli.call.CommandExecutor;
import io.ovsguard.cli.call.ExitCodes;
import io.ovsguard.cli.call.CommandNotImplementedException;
import io.ovsguard.cli.command.CommandListing;
import io.ovsguard.cli.command.CommandTable;
import io.ovsguard.cli.parse.CliEnvironment;
import io.ovsguard.cli.parse.CommandInvocation;
import io.ovsguard.cli.parse.CommandLineParser;
import io.ovsguard.cli.parse.OptionListing;
import io.ovsguard.cli.parse.ParseResult;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.Arrays;

/**
 * The whole CLI as a function from arguments to an exit status, with injected streams. It parses the command line,
 * answers the informational options itself and hands commands to the {@link CommandExecutor}. It never calls
 * {@code System.exit}.
 */
public final class Cli {

    private final CliEnvironment environment;
    private final CommandTable table;
    private final CommandExecutor executor;
    private final ExitCodes exitCodes;

    public Cli(CliEnvironment environment, CommandTable table, CommandExecutor executor) {
        this(environment, table, executor, InstantSource.system());
    }

    public Cli(CliEnvironment environment, CommandTable table, CommandExecutor executor, InstantSource clock) {
        this.environment = environment;
        this.table = table;
        this.executor = executor;
        this.exitCodes = new ExitCodes(environment, clock);
    }

    public int run(String[] args, InputStream in, OutputStream out, OutputStream err) {
        PrintStream stdout = new PrintStream(out, false, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(err, false, StandardCharsets.UTF_8);
        try {
            return dispatch(new CommandLineParser(table, environment).parse(Arrays.asList(args)),
                    new CliStreams(in, stdout, stderr, environment));
        } catch (RuntimeException failure) {
            stdout.flush();
            return exitCodes.report(failure, stderr);
        } finally {
            stdout.flush();
            stderr.flush();
        }
    }

    private int dispatch(ParseResult result, CliStreams streams) {
        boolean withOwn = !environment.isVsctlCompatible();
        if (result instanceof ParseResult.ShowHelp) {
            streams.out().print(HelpText.usage(table, environment));
        } else if (result instanceof ParseResult.ShowVersion) {
            streams.out().print(HelpText.version(environment));
        } else if (result instanceof ParseResult.ShowCommands) {
            streams.out().print(CommandListing.render(table, withOwn));
        } else if (result instanceof ParseResult.ShowOptions) {
            streams.out().print(OptionListing.render(withOwn));
        } else if (result instanceof ParseResult.ShowCommandHelp help) {
            streams.out().print(HelpText.commandUsage(help.command(), environment));
        } else if (result instanceof ParseResult.Execute execute) {
            for (CommandInvocation command : execute.commands()) {
                if (!executor.supports(command.name())) {
                    throw new CommandNotImplementedException(command.name());
                }
            }
            return executor.execute(execute, streams);
        }
        return ExitCodes.SUCCESS;
    }
}
