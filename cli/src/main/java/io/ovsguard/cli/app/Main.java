package io.ovsguard.cli.app;

import io.ovsguard.cli.call.CliStreams;
import io.ovsguard.cli.call.CommandExecutor;
import io.ovsguard.cli.command.CommandTable;
import io.ovsguard.cli.command.CommandTables;
import io.ovsguard.cli.guard.GuardingExecutor;
import io.ovsguard.cli.parse.CliEnvironment;
import io.ovsguard.cli.parse.ParseResult;
import java.util.function.Supplier;

/** The process entry point: run the CLI and exit with its status. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        StartupWarmup.startInBackground(args);
        int status = newCli().run(args, System.in, System.out, System.err);
        System.out.flush();
        System.err.flush();
        // The call has closed what it opened and flushed its output. halt, not System.exit: exit first asks the
        // logger of java.lang.Runtime whether to log the exit (JDK 21+), which starts a logging back end, about
        // 2.5 ms of every call. Shutdown hooks (a sandbox's) matter when a call is interrupted, which still
        // takes the JVM's normal shutdown.
        Runtime.getRuntime().halt(status);
    }

    /** The CLI exactly as the process runs it; {@link StartupTraining} drives the same object. */
    static Cli newCli() {
        // the table first: meanwhile the warm-up thread has the JDK read the environment
        CommandTable table = CommandTables.standard();
        return new Cli(CliEnvironment.fromSystem(), table,
                new DeferredExecutor(() -> new GuardingExecutor(new OvsguardExecutor())));
    }

    /**
     * Builds the executor (the guard's validator, the engine, their logging) on first use: {@code --help},
     * {@code --version} and usage errors never reach it, and a CLI is judged by its start-up time.
     */
    private static final class DeferredExecutor implements CommandExecutor {
        private final Supplier<CommandExecutor> factory;
        private CommandExecutor executor;

        DeferredExecutor(Supplier<CommandExecutor> factory) {
            this.factory = factory;
        }

        @Override
        public boolean supports(String command) {
            return executor().supports(command);
        }

        @Override
        public int execute(ParseResult.Execute request, CliStreams streams) {
            return executor().execute(request, streams);
        }

        private CommandExecutor executor() {
            if (executor == null) {
                executor = factory.get();
            }
            return executor;
        }
    }
}
