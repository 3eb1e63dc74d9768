package io.ovsguard.cli.exec;

import io.ovsguard.cli.command.CommandHandler;
import io.ovsguard.cli.command.CommandHandlers;
import io.ovsguard.cli.command.OvsHashOrder;
import io.ovsguard.cli.format.TablePrinter;
import io.ovsguard.cli.parse.CommandInvocation;
import io.ovsguard.cli.parse.GlobalOptions;
import io.ovsguard.ovsdb.BlockingOvsdbClient;
import io.ovsguard.ovsdb.notation.Row;
import io.ovsguard.ovsdb.result.TransactResult;
import io.ovsguard.ovsdb.error.OvsdbException;
import io.ovsguard.ovsdb.schema.DatabaseSchema;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the commands of one command line against one database connection, following ovs-vsctl's loop: declare
 * prerequisites, fetch them, run every command into one transaction, commit, try again on conflict, postprocess,
 * print, and wait for ovs-vswitchd to catch up unless {@code --no-wait}.
 */
public final class CommandRunner {

    /** The size of a fully buffered stdio stream's buffer (a pipe's or a file's block). */
    private static final int STDIO_BLOCK = 4096;

    private final CommandHandlers<CommandContext> handlers;
    private final BlockingOvsdbClient client;
    /** Connects again when the connection drops while waiting for ovs-vswitchd ({@link ReloadWait}). */
    private final ReloadWait.Reconnector reconnector;
    private final DatabaseSchema schema;
    private final GlobalOptions options;
    private final Deadline deadline;
    private final String comment;
    private final VlogConsole vlog;
    private final ErrorConsole errors;
    private final CommitHook hook;

    CommandRunner(CommandHandlers<CommandContext> handlers, BlockingOvsdbClient client,
            ReloadWait.Reconnector reconnector, DatabaseSchema schema, GlobalOptions options, Deadline deadline,
            String comment, VlogConsole vlog, ErrorConsole errors, CommitHook hook) {
        this.reconnector = reconnector;
        this.hook = hook;
        this.vlog = vlog;
        this.errors = errors;
        this.handlers = handlers;
        this.client = client;
        this.schema = schema;
        this.options = options;
        this.deadline = deadline;
        this.comment = comment;
    }

    /**
     * Runs {@code commands} and prints their output to {@code out}; failures are thrown.
     *
     * <p>A lone command may first guess that the names it creates are free instead of looking them up
     * ({@link Prerequisites#takeNameGuess}; {@code add-port} does): on a bridge of ten thousand ports each lookup is a
     * scan of the Port or Interface table on the server, most of such a call's time there. The commit's inserts stand
     * guard, since the schema's name indexes make the server refuse the transaction if a row already has the name.
     * Should the guess fail in any way (the commit refused, the command failing, a warning to print), nothing was
     * committed or printed, and the run starts over with the names looked up, as ovs-vsctl would have run it: same
     * result, same messages.
     */
    int run(List<CommandInvocation> commands, PrintStream out) {
        Prerequisites prerequisites = prerequisites(handlers, commands, options, schema, vlog,
                offersNameGuess(commands));
        boolean guessing = prerequisites.guessesNames();
        Map<String, Set<String>> wanted = prerequisites.asMap();
        RowFetcher fetcher = new RowFetcher(client, schema);
        ChangeWatch watch = null;
        try {
            long seen = -1;
            // the rows of the attempt that first asked to try again, until the fetch after the watch's start
            WorkingDatabase beforeWatch = null;
            while (true) {
                if (watch != null) {
                    seen = watch.generation();
                }
                WorkingDatabase fetched = fetcher.fetch(prerequisites, deadline.remaining());
                if (beforeWatch != null && fetched.fetchedSameAs(beforeWatch)) {
                    // nothing changed before the watch started: running the commands again would only repeat
                    // them and their log lines, where ovs-vsctl waits for its IDL's next change
                    beforeWatch = null;
                    watch.awaitChangeAfter(seen, deadline);
                    continue;
                }
                beforeWatch = null;
                Attempt attempt = new Attempt(commands, fetched);
                Optional<CommitOutcome> outcome = guessing ? attempt.runGuessing() : attempt.run(vlog);
                if (guessing && (outcome.isEmpty() || !outcome.get().isCommitted())) {
                    guessing = false;
                    prerequisites = prerequisites(handlers, commands, options, schema, vlog, false);
                    wanted = prerequisites.asMap();
                    continue;
                }
                if (outcome.isEmpty()) {
                    if (watch == null) {
                        watch = ChangeWatch.start(client, schema.name(), wanted);
                        beforeWatch = fetched;
                    } else {
                        watch.awaitChangeAfter(seen, deadline);
                    }
                    continue;
                }
                if (outcome.get().tryAgain()) {
                    Holder.LOG.debug("transaction conflicted with another client; trying again");
                    continue;
                }
                attempt.postprocess(outcome.get());
                finish(attempt.render(), outcome.get(), new InterfaceCheck(attempt.state.expectedInterfaces(),
                        errors), out);
                return 0;
            }
        } catch (OvsdbException e) {
            if (deadline.expired()) {
                throw new TimeoutExpiredException();
            }
            throw e;
        } finally {
            if (watch != null) {
                watch.close();
            }
        }
    }

    /**
     * Whether the run offers its command the name guess (see {@link #run}): a lone command, committed by this run
     * itself (no guard's hook, no dry run, which commits nothing that could refuse a guess).
     */
    private boolean offersNameGuess(List<CommandInvocation> commands) {
        return commands.size() == 1 && hook == CommitHook.NONE && !options.dryRun();
    }

    /**
     * The prerequisites phase: every command declares what it reads, and fails here on unknown tables, columns and
     * the like, before anything is fetched.
     */
    static Prerequisites prerequisites(CommandHandlers<CommandContext> handlers, List<CommandInvocation> commands,
            GlobalOptions options, DatabaseSchema schema, VlogConsole vlog) {
        return prerequisites(handlers, commands, options, schema, vlog, false);
    }

    private static Prerequisites prerequisites(CommandHandlers<CommandContext> handlers,
            List<CommandInvocation> commands, GlobalOptions options, DatabaseSchema schema, VlogConsole vlog,
            boolean offerNameGuess) {
        Prerequisites prerequisites = new Prerequisites();
        prerequisites.table(CommitAssembler.OPEN_VSWITCH);
        if (options.waitForReload()) {
            prerequisites.columns(CommitAssembler.OPEN_VSWITCH, List.of("cur_cfg"));
        }
        for (int i = 0; i < commands.size(); i++) {
            CommandInvocation command = commands.get(i);
            CommandHandler<CommandContext> handler = handlers.find(command.name())
                    .orElseThrow(() -> new IllegalStateException("no handler for command " + command.name()));
            Prerequisites own = offerNameGuess ? Prerequisites.offeringNameGuess() : new Prerequisites();
            handler.prerequisites(new CommandContext(command, options, schema, i == commands.size() - 1,
                    own, null, CommandContext.Phase.PREREQUISITES, null, vlog));
            prerequisites.merge(own);
        }
        return prerequisites;
    }

    /**
     * Prints the output and, unless {@code --no-wait}, waits for ovs-vswitchd to apply the change and then reports the
     * new interfaces that did not come up.
     */
    private void finish(String text, CommitOutcome outcome, InterfaceCheck check, PrintStream out) {
        byte[] output = text.getBytes(StandardCharsets.UTF_8);
        TransactResult reloaded = null;
        if (options.waitForReload() && outcome.nextCfg().isPresent()) {
            try {
                reloaded = new ReloadWait(schema.name(), reconnector).await(client, outcome.nextCfg().getAsLong(),
                        deadline, check.reads());
            } catch (RuntimeException e) {
                // ovs-vsctl has printed into its stdio buffer, which a fatal signal does not flush
                out.write(output, 0, output.length - output.length % STDIO_BLOCK);
                throw e;
            }
        }
        // the interfaces are read after the wait's own result
        List<Row> failures = reloaded == null ? List.of() : check.failures(reloaded, 1);
        if (!failures.isEmpty() && !StdoutTerminal.isTerminal()) {
            // ovs-vsctl's stdout to a pipe or file is a stdio buffer that holds its output (less whole blocks)
            // until exit, after the report it writes to stderr; to a terminal its lines come first
            int whole = output.length - output.length % STDIO_BLOCK;
            out.write(output, 0, whole);
            out.flush();
            check.report(failures);
            out.write(output, whole, output.length - whole);
            out.flush();
            return;
        }
        out.write(output, 0, output.length);
        out.flush();
        check.report(failures);
    }

    private CommandHandler<CommandContext> handler(CommandInvocation command) {
        return handlers.find(command.name())
                .orElseThrow(() -> new IllegalStateException("no handler for command " + command.name()));
    }

    /** One try at running the whole command line against one fetch. */
    private final class Attempt {
        private final List<CommandInvocation> commands;
        private final ExecutionState state;
        private final List<CommandContext> contexts = new ArrayList<>();

        Attempt(List<CommandInvocation> commands, WorkingDatabase db) {
            this.commands = commands;
            this.state = new ExecutionState(db);
        }

        /**
         * The attempt of a run that guessed names absent, logging to a muted console: empty, or not committed, when
         * the guess cannot stand (a command failed or asked to try again, something would be logged, the server
         * refused the commit). Nothing is committed or printed then.
         */
        Optional<CommitOutcome> runGuessing() {
            try {
                return run(vlog.muted(), true);
            } catch (CommandFailedException e) {
                return Optional.empty();
            }
        }

        /** Empty when a command asked to try again after the next change. */
        Optional<CommitOutcome> run(VlogConsole console) {
            return run(console, false);
        }

        private Optional<CommitOutcome> run(VlogConsole console, boolean guessed) {
            WorkingDatabase db = state.db();
            List<WorkingRow> roots = db.rows(CommitAssembler.OPEN_VSWITCH);
            WorkingRow root = roots.isEmpty() ? db.insert(CommitAssembler.OPEN_VSWITCH) : roots.get(0);
            for (int i = 0; i < commands.size(); i++) {
                CommandInvocation command = commands.get(i);
                CommandContext context = new CommandContext(command, options, schema, i == commands.size() - 1,
                        null, state, CommandContext.Phase.RUN, new StringBuilder(), console);
                contexts.add(context);
                handler(command).run(context);
                if (context.wantsTryAgain()) {
                    return Optional.empty();
                }
            }
            checkSymbols(console);
            if (guessed && console.logged() > 0) {
                // what it logged might differ with the names looked up, and must not be printed twice: give up
                // the guess before anything is committed
                return Optional.empty();
            }
            if (!db.modified()) {
                // verifies alone are not sent (as with the IDL): skip ordering and guarding what may be the ten
                // thousand rows a list-ifaces verified
                return Optional.of(CommitOutcome.unchanged());
            }
            CommitPlan plan = new CommitAssembler(db, guessed).assemble(
                    options.waitForReload() ? Optional.of(root) : Optional.empty(), comment, options.dryRun());
            return Optional.of(new TransactionCommitter(client, console, hook, guessed).commit(plan, deadline));
        }

        private void checkSymbols(VlogConsole console) {
            List<String> names = new ArrayList<>();
            for (Symbol symbol : state.symbols().all()) {
                names.add(symbol.name());
            }
            for (String name : OvsHashOrder.of(names)) {
                Symbol symbol = state.symbols().find(name).orElseThrow();
                if (!symbol.created()) {
                    throw new CommandFailedException("row id \"" + name + "\" is referenced but never created (e.g. "
                            + "with \"-- --id=" + name + " create ...\")");
                }
                if (!symbol.strongReference()) {
                    // the server will collect the unreferenced row; ovs-vsctl only warns
                    console.warn("vsctl", "row id \"" + name + "\" was created but "
                            + (symbol.weakReference() ? "only a weak reference" : "no reference")
                            + " to it was inserted, so it will not actually appear in the database");
                }
            }
        }

        void postprocess(CommitOutcome outcome) {
            state.committed(outcome.insertedUuids());
            for (int i = 0; i < commands.size(); i++) {
                CommandInvocation command = commands.get(i);
                CommandContext run = contexts.get(i);
                CommandContext post = new CommandContext(command, options, schema, i == commands.size() - 1,
                        null, state, CommandContext.Phase.POSTPROCESS, new StringBuilder(run.output()), vlog);
                run.table().ifPresent(post::setTable);
                handler(command).postprocess(post);
                contexts.set(i, post);
            }
        }

        /** Everything the commands print, in order. */
        String render() {
            TablePrinter printer = new TablePrinter(options.tableStyle());
            StringBuilder text = new StringBuilder();
            for (CommandContext context : contexts) {
                if (context.table().isPresent()) {
                    printer.print(context.table().get(), text);
                } else if (options.oneline()) {
                    text.append(oneline(context.output()));
                } else {
                    text.append(context.output());
                }
            }
            return text.toString();
        }
    }

    /** ovs-vsctl's {@code --oneline}: one line per command, newlines and backslashes escaped. */
    static String oneline(String output) {
        String text = output.endsWith("\n") ? output.substring(0, output.length() - 1) : output;
        StringBuilder line = new StringBuilder(text.length() + 1);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line.append("\\n");
            } else if (c == '\\') {
                line.append("\\\\");
            } else {
                line.append(c);
            }
        }
        return line.append('\n').toString();
    }

    /** The logger, created on first use: a run that logs nothing never starts the logging backend. */
    private static final class Holder {
        static final Logger LOG = LoggerFactory.getLogger(CommandRunner.class);
    }
}
