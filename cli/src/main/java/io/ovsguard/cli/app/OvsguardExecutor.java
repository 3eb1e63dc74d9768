package io.ovsguard.cli.app;

import io.ovsguard.cli.command.CommandHandlers;
import io.ovsguard.cli.command.CommandTables;
import io.ovsguard.cli.demo.DemoCommand;
import io.ovsguard.cli.exec.CommandContext;
import io.ovsguard.cli.exec.ExecutionEngine;
import io.ovsguard.cli.parse.CommandInvocation;
import io.ovsguard.cli.parse.ParseResult;
import java.time.Clock;

/**
 * Runs the commands implemented so far: ovs-vsctl's commands through the {@link ExecutionEngine} with the
 * {@link StandardHandlers}, and ovsguard's {@code demo}. Commands without a handler are reported as not
 * implemented, before the database is touched.
 */
public final class OvsguardExecutor implements CommandExecutor {

    private static final String DEMO = "demo";

    private final CommandHandlers<CommandContext> handlers;
    private final Clock clock;

    public OvsguardExecutor() {
        this(StandardHandlers.create(CommandTables.standard()), Clock.systemUTC());
    }

    public OvsguardExecutor(CommandHandlers<CommandContext> handlers, Clock clock) {
        this.handlers = handlers;
        this.clock = clock;
    }

    @Override
    public boolean supports(String command) {
        return command.equals(DEMO) || handlers.has(command);
    }

    @Override
    public int execute(ParseResult.Execute request, CliStreams streams) {
        boolean demo = request.commands().stream().map(CommandInvocation::name).anyMatch(DEMO::equals);
        if (!demo) {
            return new ExecutionEngine(handlers, clock).execute(request, streams.out(), streams.err(),
                    streams.environment().variables(), streams.environment().programName());
        }
        if (request.commands().size() != 1) {
            throw new CommandNotImplementedException(DEMO + " combined with other commands");
        }
        try {
            return new DemoCommand(streams.out()).run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
