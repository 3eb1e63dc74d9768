package io.ovsguard.cli.call;

import io.ovsguard.cli.exec.CommitHook;
import io.ovsguard.cli.parse.ParseResult;

/**
 * Runs parsed commands against the database: the seam the execution engine fills (typically with a
 * {@link io.ovsguard.cli.command.CommandHandlers} registry behind it). The CLI asks {@link #supports} for every
 * command of a command line before running any, so a command line with an unimplemented command changes nothing.
 */
public interface CommandExecutor {

    /** Whether a handler exists for the command. */
    boolean supports(String command);

    /**
     * Runs all commands of {@code request} as ovs-vsctl would and returns the exit status. Failures are thrown and
     * turned into a message and status by {@link ExitCodes}.
     */
    int execute(ParseResult.Execute request, CliStreams streams);

    /**
     * Runs the command line with its commit taken over by {@code hook} (the DPDK guard). An executor without a
     * commit of its own ignores the hook.
     */
    default int execute(ParseResult.Execute request, CliStreams streams, CommitHook hook) {
        return execute(request, streams);
    }

    /** An executor that implements nothing: every command is reported as not implemented yet. */
    static CommandExecutor none() {
        return new CommandExecutor() {
            @Override
            public boolean supports(String command) {
                return false;
            }

            @Override
            public int execute(ParseResult.Execute request, CliStreams streams) {
                throw new CommandNotImplementedException(request.commands().get(0).name());
            }
        };
    }
}
