package io.ovsguard.cli.exec;

import io.ovsguard.cli.command.CommandHandlers;
import io.ovsguard.cli.command.Mode;
import io.ovsguard.cli.parse.GlobalOptions;
import io.ovsguard.cli.parse.ParseResult;
import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.error.OvsdbException;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The entry point of the execution engine: connects to the database a command line names, runs its commands with a
 * {@link CommandRunner} and turns an expired {@code --timeout} into what ovs-vsctl shows when SIGALRM kills it.
 */
public final class ExecutionEngine {

    static final String DATABASE = "Open_vSwitch";

    private final CommandHandlers<CommandContext> handlers;
    private final Clock clock;

    public ExecutionEngine(CommandHandlers<CommandContext> handlers, Clock clock) {
        this.handlers = handlers;
        this.clock = clock;
    }

    /**
     * Runs the command line and returns its exit status.
     *
     * @param environment the process environment (for {@code OVS_CTL_TIMEOUT})
     * @param programName how the program names itself in messages and in the transaction's comment
     */
    public int execute(ParseResult.Execute request, PrintStream out, PrintStream err, Map<String, String> environment,
            String programName) {
        GlobalOptions options = request.options();
        boolean mightWrite = request.commands().stream().anyMatch(c -> c.syntax().mode() == Mode.RW);
        VlogConsole vlog = new VlogConsole(err, clock, mightWrite);
        Deadline deadline = Deadline.after(clock, timeout(options, environment));
        try (BlockingOvsdbClient client = new DatabaseConnector(options.ssl(), vlog)
                .connect(options.database(), options.retry(), deadline)) {
            DatabaseSchema schema = client.getSchema(DATABASE);
            String comment = programName + ": " + request.commands().stream()
                    .map(c -> String.join(" ", c.words())).collect(Collectors.joining(" -- "));
            return new CommandRunner(handlers, client, schema, options, deadline, comment, vlog)
                    .run(request.commands(), out);
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

    private static Optional<Duration> timeout(GlobalOptions options, Map<String, String> environment) {
        if (options.timeoutSeconds().isPresent()) {
            return Optional.of(Duration.ofSeconds(options.timeoutSeconds().getAsLong()));
        }
        String value = environment.getOrDefault("OVS_CTL_TIMEOUT", "");
        if (value.matches("[0-9]{1,9}") && Long.parseLong(value) > 0) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        return Optional.empty();
    }
}
