package io.ovsguard.cli.guard;

import io.ovsguard.cli.app.CliStreams;
import io.ovsguard.cli.app.CommandExecutor;
import io.ovsguard.cli.app.ExitCodes;
import io.ovsguard.cli.parse.CommandInvocation;
import io.ovsguard.cli.parse.GlobalOptions;
import io.ovsguard.cli.parse.ParseResult;
import io.ovsguard.cli.parse.UsageException;
import io.ovsguard.validator.report.Report;
import io.ovsguard.validator.switchconf.ConfigSyntaxException;
import io.ovsguard.validator.switchconf.ProposedChange;
import java.util.Optional;
import java.util.Set;

/**
 * Puts ovsguard's checks in front of the ovs-vsctl engine: a command line that changes DPDK memory is predicted
 * against the live switch and host first and refused (exit 3, nothing written) when it would fail, unless
 * {@code --force}; with {@code --dry-run} it stops after the prediction. Command lines that cannot affect DPDK
 * memory pass straight through, so they behave exactly as with ovs-vsctl. Also runs {@code check}.
 */
public final class GuardingExecutor implements CommandExecutor {

    /** Commands that may carry a DPDK change; whether one does is decided from their arguments. */
    private static final Set<String> MAY_CHANGE_DPDK = Set.of("add-port", "set", "remove");

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
        return command.equals("check") || MAY_CHANGE_DPDK.contains(command) || engine.supports(command);
    }

    @Override
    public int execute(ParseResult.Execute request, CliStreams streams) {
        GlobalOptions options = request.options();
        if (request.commands().stream().anyMatch(c -> c.name().equals("check"))) {
            if (request.commands().size() != 1) {
                throw new UsageException("'check' cannot be combined with other commands");
            }
            return new CheckCommand(checker).run(options, streams);
        }
        if (!options.guard().validate()) {
            return engine.execute(request, streams);
        }
        Optional<ProposedChange> change;
        try {
            change = DpdkChangeExtractor.extract(request.commands());
        } catch (ConfigSyntaxException e) {
            return unreadable(e, request, streams);
        }
        if (change.isEmpty()) {
            return engine.execute(request, streams);
        }
        Report report = checker.predict(options, change.get());
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
        if (options.dryRun() && !engineRunsAll(request)) {
            return ExitCodes.SUCCESS;
        }
        return engine.execute(request, streams);
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
        return request.commands().stream().map(CommandInvocation::name).allMatch(engine::supports);
    }
}
