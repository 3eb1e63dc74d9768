package io.ovsguard.cli.guard;

import io.ovsguard.cli.call.CliStreams;
import io.ovsguard.cli.call.CommandExecutor;
import io.ovsguard.cli.call.ExitCodes;
import io.ovsguard.cli.parse.CommandInvocation;
import io.ovsguard.cli.parse.GlobalOptions;
import io.ovsguard.cli.parse.ParseResult;
import io.ovsguard.cli.parse.UsageException;
import io.ovsguard.validator.report.Report;
import io.ovsguard.validator.switchconf.ConfigSyntaxException;
import io.ovsguard.validator.switchconf.ProposedChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Puts ovsguard's checks in front of the ovs-vsctl engine: a command line that changes DPDK memory is predicted
 * against the live switch and host first and refused (exit 3, nothing written) when it would fail, unless
 * {@code --force}; with {@code --dry-run} it stops after the prediction. Command lines that cannot affect DPDK
 * memory pass straight through, so they behave exactly as with ovs-vsctl. A DPDK change is built by the ovs-vsctl
 * engine as usual and committed by the guard ({@link GuardCommitHook}), which waits for ovs-vswitchd and rolls back
 * a port that fails. Also runs {@code check} and {@code recover}.
 */
public final class GuardingExecutor implements CommandExecutor {

    /** Commands that may carry a DPDK change; whether one does is decided from their arguments. */
    private static final Set<String> MAY_CHANGE_DPDK = Set.of("add-port", "add-bond", "set", "remove");
    private static final List<String> OWN_COMMANDS = List.of("check", "recover");

    private final CommandExecutor engine;
    private final ChangeChecker checker;

    public GuardingExecutor(CommandExecutor engine) {
        this(engine, new ChangeChecker());
    }

    GuardingExecutor(CommandExecutor engine, ChangeChecker checker) {
        this.engine = engine;
        this.checker = checker;
    }

    @Override
    public boolean supports(String command) {
        return OWN_COMMANDS.contains(command) || MAY_CHANGE_DPDK.contains(command) || engine.supports(command);
    }

    @Override
    public int execute(ParseResult.Execute request, CliStreams streams) {
        GlobalOptions options = request.options();
        for (String own : OWN_COMMANDS) {
            if (names(request).contains(own)) {
                if (request.commands().size() != 1) {
                    throw new UsageException("'" + own + "' cannot be combined with other commands");
                }
                return own.equals("check") ? new CheckCommand(checker).run(options, streams)
                        : new RecoverCommand().run(options, streams);
            }
        }
        Optional<ProposedChange> change;
        try {
            change = DpdkChangeExtractor.extract(request.commands());
        } catch (ConfigSyntaxException e) {
            return options.guard().validate() ? unreadable(e, request, streams) : engine.execute(request, streams);
        }
        if (change.isEmpty()) {
            return engine.execute(request, streams);
        }
        // the guard's own validation is not repeated at commit: it ran here, with --force deciding over it
        GuardCommitHook guarded = new GuardCommitHook(change.get(), options,
                GuardSettings.of(options).withNoValidate(true).withForce(true), streams);
        if (!options.guard().validate()) {
            return engine.execute(request, streams, guarded);
        }
        Optional<Report> predicted = checker.predict(options, change.get());
        if (predicted.isEmpty()) {
            return engine.execute(request, streams);
        }
        Report report = predicted.get();
        FindingsPrinter printer = new FindingsPrinter(streams.out(), streams.err(), options.guard().json());
        boolean refused = report.hasBlocking() && !options.guard().force();
        if (options.dryRun() || !report.findings().isEmpty() || options.guard().json()) {
            printer.print(report);
        }
        if (refused) {
            if (!options.dryRun()) {
                streams.err().println(streams.environment().programName()
                        + ": refused: the change would fail (see above); nothing was written. "
                        + "--force commits it anyway, --no-validate skips the checks");
            }
            return ExitCodes.REFUSED;
        }
        if (options.dryRun()) {
            // ovs-vsctl --dry-run would still wait for a reload that its aborted transaction never asked for (and
            // hang without ovs-vswitchd); a prediction has nothing to wait for
            return engineRunsAll(request) ? engine.execute(new ParseResult.Execute(options.withoutWait(),
                    request.commands()), streams) : ExitCodes.SUCCESS;
        }
        return engine.execute(request, streams, guarded);
    }

    /** A value the model cannot read is refused like a failing change: committing it blind is what we prevent. */
    private int unreadable(ConfigSyntaxException e, ParseResult.Execute request, CliStreams streams) {
        String program = streams.environment().programName();
        if (request.options().guard().force()) {
            streams.err().println(program + ": warning: cannot check the change: " + e.getMessage());
            return engine.execute(request, streams);
        }
        streams.err().println(program + ": refused: cannot check the change: " + e.getMessage()
                + " (--force commits it anyway, --no-validate skips the checks)");
        return ExitCodes.REFUSED;
    }

    private boolean engineRunsAll(ParseResult.Execute request) {
        for (String name : names(request)) {
            if (!engine.supports(name)) {
                return false;
            }
        }
        return true;
    }

    // loops, not streams, on the path of every call: a first stream costs a cold JVM about 0.4 ms
    private static List<String> names(ParseResult.Execute request) {
        List<String> names = new ArrayList<>(request.commands().size());
        for (CommandInvocation command : request.commands()) {
            names.add(command.name());
        }
        return names;
    }
}
