package io.ovsguard.cli.app;

import io.ovsguard.cli.demo.DemoCommand;
import io.ovsguard.cli.parse.ParseResult;
import io.ovsguard.cli.sandbox.LastSandbox;
import io.ovsguard.cli.sandbox.SandboxCommand;
import java.util.Set;

/**
 * Runs the commands implemented so far. ovs-vsctl's own commands join as their handlers are
 * written; until then the CLI reports them as not implemented, before touching the database.
 */
public final class OvsguardExecutor implements CommandExecutor {

    private static final Set<String> SUPPORTED = Set.of("demo", "sandbox");

    @Override
    public boolean supports(String command) {
        return SUPPORTED.contains(command);
    }

    @Override
    public int execute(ParseResult.Execute request, CliStreams streams) {
        String command = request.commands().get(0).name();
        if (request.commands().size() != 1) {
            throw new CommandNotImplementedException(command + " combined with other commands");
        }
        try {
            if (command.equals("demo")) {
                return new DemoCommand(streams.out()).run();
            }
            if (command.equals("sandbox")) {
                return new SandboxCommand(streams.out(), LastSandbox.inTempDir()).run(request.commands().get(0));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        throw new CommandNotImplementedException(command);
    }
}
