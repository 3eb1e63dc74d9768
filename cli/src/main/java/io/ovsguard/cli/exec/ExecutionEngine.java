package io.ovsguard.cli.exec;

import io.ovsguard.cli.command.CommandHandlers;
import io.ovsguard.cli.command.Mode;
import io.ovsguard.cli.parse.CliEnvironment;
import io.ovsguard.cli.parse.CommandInvocation;
import io.ovsguard.cli.parse.GlobalOptions;
import io.ovsguard.cli.parse.ParseResult;
import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.error.OvsdbException;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import java.io.PrintStream;
import java.time.InstantSource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The entry point of the execution engine: connects to the database a command line names, runs its commands with a
 * {@link CommandRunner} and turns an expired {@code --timeout} into what ovs-vsctl shows when SIGALRM kills it.
 */
public final class ExecutionEngine {

    static final String DATABASE = "Open_vSwitch";

    private final CommandHandlers<CommandContext> handlers;
    private final InstantSource clock;
    private final Supplier<Optional<DatabaseSchema>> localSchema;

    public ExecutionEngine(CommandHandlers<CommandContext> handlers, InstantSource clock) {
        this(handlers, clock, ExecutionEngine::builtInSchema);
    }

    /**
     * The schema compiled into ovs-vsctl 3.1 (Open_vSwitch 8.3.1), which it checks commands against before it
     * connects: the compiled-in copy, as ovs-vsctl has it even where no schema file is installed. (Parsing the
     * installed file cost a {@code --retry} call about 40 ms.)
     */
    private static Optional<DatabaseSchema> builtInSchema() {
        return Optional.of(KnownVswitchSchema.OPEN_VSWITCH.schema());
    }

    /** @param localSchema the schema to check commands against when the database cannot be reached */
    public ExecutionEngine(CommandHandlers<CommandContext> handlers, InstantSource clock,
            Supplier<Optional<DatabaseSchema>> localSchema) {
        this.handlers = handlers;
        this.clock = clock;
        this.localSchema = localSchema;
    }

    /**
     * Runs the command line and returns its exit status.
     *
     * @param environment the process environment (for {@code OVS_CTL_TIMEOUT})
     * @param programName how the program names itself in messages and in the transaction's comment
     */
    public int execute(ParseResult.Execute request, PrintStream out, PrintStream err, Map<String, String> environment,
            String programName) {
        return execute(request, out, err, environment, programName, CommitHook.NONE);
    }

    /** As {@link #execute(ParseResult.Execute, PrintStream, PrintStream, Map, String)}, committing through {@code hook}. */
    public int execute(ParseResult.Execute request, PrintStream out, PrintStream err, Map<String, String> environment,
            String programName, CommitHook hook) {
        GlobalOptions options = request.options();
        boolean mightWrite = false;
        for (CommandInvocation command : request.commands()) {
            mightWrite |= command.syntax().mode() == Mode.RW;
        }
        VlogConsole vlog = new VlogConsole(err, clock, VlogLevels.of(options.logging()), mightWrite);
        Deadline deadline = Deadline.after(clock, timeout(options, environment));
        if (options.retry()) {
            // ovs-vsctl checks the commands against its built-in schema before it waits for the database
            localSchema.get().ifPresent(schema -> CommandRunner.prerequisites(handlers, request.commands(), options,
                    schema, VlogConsole.muted(clock)));
        }
        try (BlockingOvsdbClient client = connect(request, vlog, deadline, CliEnvironment.runDirectory(environment))) {
            // bounded by --timeout like every later request: a server that accepts and never answers (stopped)
            // must end the call when ovs-vsctl's alarm would
            DatabaseSchema schema = deadline.isLimited() ? client.getSchema(DATABASE, deadline.remaining())
                    : client.getSchema(DATABASE);
            String comment = programName + ": " + commandsText(request.commands());
            ErrorConsole errors = ErrorConsole.of(err, programName, environment);
            String runDirectory = CliEnvironment.runDirectory(environment);
            // ovs-vsctl's IDL reconnects quietly (its reconnect lines are info, below the console's level)
            ReloadWait.Reconnector reconnector = until -> new DatabaseConnector(options.ssl(), VlogConsole.muted(clock),
                    runDirectory).connect(options.database(), true, until);
            return new CommandRunner(handlers, client, reconnector, schema, options, deadline, comment, vlog, errors,
                    hook).run(request.commands(), out);
        } catch (TimeoutExpiredException e) {
            out.flush();
            vlog.warn("fatal_signal", "terminating with signal 14 (Alarm clock)");
            return TimeoutExpiredException.EXIT_STATUS;
        } catch (OvsdbException e) {
            if (deadline.expired()) {
                out.flush();
                vlog.warn("fatal_signal", "terminating with signal 14 (Alarm clock)");
                return TimeoutExpiredException.EXIT_STATUS;
            }
            throw e;
        }
    }

    /**
     * Connects; if that fails, reports what ovs-vsctl would have found wrong with the commands first, since it
     * checks them against its built-in schema before connecting.
     */
    private BlockingOvsdbClient connect(ParseResult.Execute request, VlogConsole vlog, Deadline deadline,
            String runDirectory) {
        GlobalOptions options = request.options();
        // the reconnect module's info lines, for the one-remote case where the remote tried is known
        // (logged once the attempt is over: ovs-vsctl's complaints about the PKI options come before "connecting")
        boolean oneRemote = !options.database().contains(",");
        try {
            BlockingOvsdbClient client =
                    new DatabaseConnector(options.ssl(), vlog, runDirectory)
                    .connect(options.database(), options.retry(), deadline);
            if (oneRemote) {
                vlog.info("reconnect", options.database() + ": connecting...");
                vlog.info("reconnect", options.database() + ": connected");
            }
            return client;
        } catch (CommandFailedException connectionFailed) {
            String message = String.valueOf(connectionFailed.getMessage());
            String failed = options.database() + ": database connection failed (";
            if (oneRemote && message.startsWith(failed)) {
                vlog.info("reconnect", options.database() + ": connecting...");
                vlog.info("reconnect", options.database() + ": connection attempt failed ("
                        + message.substring(failed.length()));
            }
            localSchema.get().ifPresent(schema ->
                    CommandRunner.prerequisites(handlers, request.commands(), options, schema, vlog));
            throw connectionFailed;
        }
    }

    /** The commands as the transaction's comment quotes them: words joined by spaces, commands by " -- ". */
    private static String commandsText(List<CommandInvocation> commands) {
        StringBuilder text = new StringBuilder();
        for (CommandInvocation command : commands) {
            if (!text.isEmpty()) {
                text.append(" -- ");
            }
            text.append(String.join(" ", command.words()));
        }
        return text.toString();
    }

    private static Optional<Duration> timeout(GlobalOptions options, Map<String, String> environment) {
        if (options.timeoutSeconds().isPresent()) {
            return Optional.of(Duration.ofSeconds(options.timeoutSeconds().getAsLong()));
        }
        String value = environment.getOrDefault("OVS_CTL_TIMEOUT", "");
        if (isShortDecimal(value) && Long.parseLong(value) > 0) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        return Optional.empty();
    }

    /** One to nine ASCII digits (checked by hand: a regular expression would be compiled on every call). */
    private static boolean isShortDecimal(String value) {
        if (value.isEmpty() || value.length() > 9) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
