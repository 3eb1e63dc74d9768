package io.ovsguard.cli.app;

import io.ovsguard.cli.call.CliStreams;
import io.ovsguard.cli.call.CommandExecutor;
import io.ovsguard.cli.call.CommandNotImplementedException;
import io.ovsguard.cli.command.CommandHandlers;
import io.ovsguard.cli.command.CommandTables;
import io.ovsguard.cli.demo.DemoCommand;
import io.ovsguard.cli.exec.CommandContext;
import io.ovsguard.cli.exec.CommitHook;
import io.ovsguard.cli.exec.ExecutionEngine;
import io.ovsguard.cli.parse.CommandInvocation;
import io.ovsguard.cli.parse.ParseResult;
import io.ovsguard.cli.sandbox.LastSandbox;
import io.ovsguard.cli.sandbox.SandboxCommand;
import java.time.InstantSource;
import java.util.Set;

/**
 * Runs ovs-vsctl's commands through the {@link ExecutionEngine} with the {@link StandardHandlers}, and ovsguard's
 * {@code demo} and {@code sandbox}. Commands without a handler are reported as not implemented, before the database
 * is touched.
 */
public final class OvsguardExecutor implements CommandExecutor {

    private static final String DEMO = "demo";
    private static final String SANDBOX = "sandbox";
    private static final Set<String> OWN = Set.of(DEMO, SANDBOX);

    private final CommandHandlers<CommandContext> handlers;
    private final InstantSource clock;

    public OvsguardExecutor() {
        this(StandardHandlers.create(CommandTables.standard()), InstantSource.system());
    }

    public OvsguardExecutor(CommandHandlers<CommandContext> handlers, InstantSource clock) {
        this.handlers = handlers;
        this.clock = clock;
    }

    @Override
    public boolean supports(String command) {
        return OWN.contains(command) || handlers.has(command);
    }

    @Override
    public int execute(ParseResult.Execute request, CliStreams streams) {
        return execute(request, streams, CommitHook.NONE);
    }

    @Override
    public int execute(ParseResult.Execute request, CliStreams streams, CommitHook hook) {
        String own = null;
        for (CommandInvocation command : request.commands()) {
            if (own == null && OWN.contains(command.name())) {
                own = command.name();
            }
        }
        if (own == null) {
            return new ExecutionEngine(handlers, clock).execute(request, streams.out(), streams.err(),
                    streams.environment().variables(), streams.environment().programName(), hook);
        }
        if (request.commands().size() != 1) {
            throw new CommandNotImplementedException(own + " combined with other commands");
        }
        if (own.equals(SANDBOX)) {
            return new SandboxCommand(streams.out(), LastSandbox.inTempDir()).run(request.commands().get(0));
        }
        try {
            return new DemoCommand(streams.out()).run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
