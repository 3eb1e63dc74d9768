package io.ovsguard.cli.exec;

import io.ovsguard.cli.format.OutputTable;
import io.ovsguard.cli.parse.CommandInvocation;
import io.ovsguard.cli.parse.GlobalOptions;
import io.ovsguard.ovsdb.notation.Uuid;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one command of a command line sees in each phase (ovs-vsctl's {@code ctl_context}): its arguments and
 * options, the schema, then the {@link WorkingDatabase} and its output, then after the commit the real uuids.
 * Failures are thrown as {@link CommandFailedException}.
 */
public final class CommandContext {

    /** The phase a handler is called in. */
    public enum Phase { PREREQUISITES, RUN, POSTPROCESS }

    private final CommandInvocation invocation;
    private final GlobalOptions options;
    private final DatabaseSchema schema;
    private final boolean lastCommand;
    private final Prerequisites prerequisites;
    private final ExecutionState state;
    private final Phase phase;
    private final StringBuilder output;
    private final VlogConsole vlog;
    private OutputTable table;
    private boolean tryAgain;

    CommandContext(CommandInvocation invocation, GlobalOptions options, DatabaseSchema schema, boolean lastCommand,
            Prerequisites prerequisites, ExecutionState state, Phase phase, StringBuilder output, VlogConsole vlog) {
        this.vlog = Objects.requireNonNull(vlog, "vlog");
        this.invocation = Objects.requireNonNull(invocation, "invocation");
        this.options = Objects.requireNonNull(options, "options");
        this.schema = Objects.requireNonNull(schema, "schema");
        this.lastCommand = lastCommand;
        this.prerequisites = prerequisites;
        this.state = state;
        this.phase = phase;
        this.output = output;
    }

    public Phase phase() {
        return phase;
    }

    public CommandInvocation invocation() {
        return invocation;
    }

    /** The command's arguments, without its name and options. */
    public List<String> arguments() {
        return invocation.arguments();
    }

    public String argument(int index) {
        return invocation.arguments().get(index);
    }

    /** Whether the command was given this option, e.g. {@code "--if-exists"}. */
    public boolean hasOption(String name) {
        return invocation.has(name);
    }

    /** The value of an option such as {@code --id=@name}. */
    public Optional<String> optionValue(String name) {
        return invocation.optionValue(name);
    }

    public GlobalOptions globalOptions() {
        return options;
    }

    /** Whether this is the last command of the command line (ovs-vsctl then uses partial updates). */
    public boolean isLastCommand() {
        return lastCommand;
    }

    public DatabaseSchema schema() {
        return schema;
    }

    /** Where to declare what the command will read; only in the prerequisites phase. */
    public Prerequisites prerequisites() {
        if (prerequisites == null) {
            throw new IllegalStateException("prerequisites are declared only in the prerequisites phase");
        }
        return prerequisites;
    }

    /** The database as this transaction sees it; in the run and postprocess phases. */
    public WorkingDatabase db() {
        return requireState().db();
    }

    /** The command line's {@code @name}s. */
    public SymbolTable symbols() {
        return requireState().symbols();
    }

    /** After the commit: the uuid the server gave a row inserted under {@code temporaryUuid}. */
    public Optional<Uuid> insertedUuid(Uuid temporaryUuid) {
        return requireState().insertedUuid(temporaryUuid);
    }

    /**
     * After ovs-vswitchd has applied the change (unless {@code --no-wait}), reports on stderr if this interface,
     * inserted by this command line under {@code temporaryUuid}, did not come up (ovs-vsctl's
     * {@code post_db_reload_expect_iface}); the exit status stays 0.
     */
    public void expectInterface(Uuid temporaryUuid) {
        requireState().expectInterface(temporaryUuid);
    }

    /**
     * ovs-vsctl keeps its picture of bridges, ports and interfaces from one command of a line to the next until a
     * command invalidates it, and logs the oddities of the database (a port in two bridges, ...) each time it
     * builds the picture. This marks the picture built for this attempt at the line and answers whether it was
     * not, i.e. whether the caller should log those warnings now.
     */
    public boolean populateSwitchCache() {
        return requireState().populateSwitchCache();
    }

    /** The next command that needs the picture of bridges, ports and interfaces builds it again (and warns again). */
    public void invalidateSwitchCache() {
        requireState().invalidateSwitchCache();
    }

    /** Appends text to the command's output (printed after the commit, as ovs-vsctl does). */
    public void print(String text) {
        requireOutput().append(text);
    }

    /** The text output so far. */
    public String output() {
        return requireOutput().toString();
    }

    /** Replaces the text output, e.g. a temporary uuid by the real one after the commit. */
    public void replaceOutput(String text) {
        requireOutput().setLength(0);
        output.append(text);
    }

    /** Makes the command's output a table, printed in the format the options chose. */
    public void setTable(OutputTable outputTable) {
        table = Objects.requireNonNull(outputTable, "outputTable");
    }

    Optional<OutputTable> table() {
        return Optional.ofNullable(table);
    }

    /** The condition a command waits for does not hold yet: run the command line again after the next change. */
    public void tryAgain() {
        tryAgain = true;
    }

    boolean wantsTryAgain() {
        return tryAgain;
    }

    /** Logs a warning on stderr as ovs-vsctl's console log does ({@code TIME|SEQ|MODULE|WARN|TEXT}). */
    public void warn(String module, String text) {
        vlog.warn(module, text);
    }

    /** Shorthand for throwing a {@link CommandFailedException}. */
    public CommandFailedException fail(String message) {
        return new CommandFailedException(message);
    }

    private ExecutionState requireState() {
        if (state == null) {
            throw new IllegalStateException("the database is available only in the run and postprocess phases");
        }
        return state;
    }

    private StringBuilder requireOutput() {
        if (output == null) {
            throw new IllegalStateException("output is written only in the run and postprocess phases");
        }
        return output;
    }
}
