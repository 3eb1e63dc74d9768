package io.ovsguard.cli.call;

import io.ovsguard.cli.exec.CommandFailedException;
import io.ovsguard.cli.exec.VlogConsole;
import io.ovsguard.cli.parse.CliEnvironment;
import io.ovsguard.cli.parse.LogFileException;
import io.ovsguard.cli.parse.OptionSyntaxException;
import io.ovsguard.cli.parse.UsageException;
import io.ovsguard.ovsdb.error.OvsdbException;
import io.ovsguard.sandbox.SandboxException;
import java.io.PrintStream;
import java.time.InstantSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that turns a failure into what ovs-vsctl would print on stderr and its exit status. Messages are
 * one line; stack traces go to the debug log only.
 */
public final class ExitCodes {

    public static final int SUCCESS = 0;
    /** Every error ovs-vsctl reports (its {@code ctl_fatal} and getopt errors). */
    public static final int FAILURE = 1;
    /** {@code br-exists} on a bridge that does not exist. */
    public static final int NOT_FOUND = 2;
    /** ovsguard's checks found a blocking problem: a guarded change was refused, or {@code check} failed. */
    public static final int REFUSED = 3;
    /** A guarded change was committed but a port failed on the switch; it was rolled back (or kept with
     *  {@code --no-rollback}). ovs-vsctl exits 0 here; ovsguard does not. */
    public static final int PORT_FAILED = 4;
    /** A guarded change could not be brought to a known end (timeout, lost connection, conflicting writer). */
    public static final int INDETERMINATE = 5;

    private final CliEnvironment environment;
    private final InstantSource clock;

    public ExitCodes(CliEnvironment environment, InstantSource clock) {
        this.environment = environment;
        this.clock = clock;
    }

    /** Prints what {@code failure} means to {@code err} and returns the exit status. */
    public int report(RuntimeException failure, PrintStream err) {
        if (failure instanceof ExitStatusException exit) {
            return exit.status();
        }
        if (failure instanceof OptionSyntaxException) {
            err.println(environment.argv0() + ": " + failure.getMessage());
            return FAILURE;
        }
        if (failure instanceof LogFileException) {
            // ovs-vsctl's logging module reports this itself, as a console log line.
            err.println(VlogConsole.timestamp(clock.instant()) + "|00001|vlog|WARN|" + failure.getMessage());
            return FAILURE;
        }
        if (failure instanceof UsageException || failure instanceof CommandNotImplementedException
                || failure instanceof OvsdbException || failure instanceof SandboxException
                || failure instanceof CommandFailedException) {
            err.println(environment.programName() + ": " + failure.getMessage());
            return FAILURE;
        }
        Holder.LOG.debug("unexpected failure", failure);
        err.println(environment.programName() + ": internal error: " + failure);
        return FAILURE;
    }

    /** The logger, created on first use: a run that logs nothing never starts the logging backend. */
    private static final class Holder {
        static final Logger LOG = LoggerFactory.getLogger(ExitCodes.class);
    }
}
