package io.ovsguard.cli.sandbox;

import io.ovsguard.cli.call.ExitCodes;
import io.ovsguard.cli.parse.CommandInvocation;
import io.ovsguard.cli.parse.UsageException;
import io.ovsguard.sandbox.DetachedSandbox;
import io.ovsguard.sandbox.OvsSandbox;
import io.ovsguard.sandbox.SandboxSpec;
import io.ovsguard.sandbox.VswitchdSpec;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code ovsguard sandbox start|stop|status [DIR]}: a private switch that outlives the command, for trying
 * ovsguard and ovs-vsctl commands by hand. {@code start} creates the sandbox under DIR (default: the temp
 * directory) and remembers it, so {@code stop} and {@code status} without DIR find the last one started.
 */
public final class SandboxCommand {

    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final PrintStream out;
    private final LastSandbox last;

    public SandboxCommand(PrintStream out, LastSandbox last) {
        this.out = out;
        this.last = last;
    }

    public int run(CommandInvocation command) {
        List<String> args = command.arguments();
        Optional<Path> dir = args.size() > 1 ? Optional.of(Path.of(args.get(1))) : Optional.empty();
        if (args.size() > 1 && args.get(1).startsWith("-")) {
            throw new UsageException("sandbox: '" + args.get(1) + "' is not a directory; options go before the "
                    + "command, as in: ovsguard --dpdk sandbox start");
        }
        switch (args.get(0)) {
            case "start":
                return start(dir, command.has("--dpdk"));
            case "stop":
                return stop(dir.orElseGet(last::require));
            case "status":
                return status(dir.orElseGet(last::require));
            default:
                throw new UsageException("sandbox: unknown action '" + args.get(0) + "' (expected start, stop or "
                        + "status)");
        }
    }

    private int start(Optional<Path> parent, boolean dpdk) {
        SandboxSpec.Builder spec = SandboxSpec.builder();
        parent.ifPresent(spec::tempRoot);
        if (dpdk) {
            spec.vswitchd(VswitchdSpec.socketMemory64());
        }
        DetachedSandbox sandbox = OvsSandbox.start(spec.build()).detach();
        last.remember(sandbox.dir());
        out.println("sandbox started in " + sandbox.dir());
        printProcesses(sandbox);
        out.println("use it:   ovsguard --db=" + sandbox.unixRemote() + " show");
        out.println("     or:  export OVS_RUNDIR=" + sandbox.dir() + "   (then ovsguard and ovs-vsctl use it)");
        out.println("stop it:  ovsguard sandbox stop " + sandbox.dir());
        return ExitCodes.SUCCESS;
    }

    private int stop(Path dir) {
        DetachedSandbox sandbox = DetachedSandbox.at(dir);
        sandbox.stop(STOP_GRACE);
        last.forget(sandbox.dir());
        out.println("sandbox " + sandbox.dir() + " stopped and removed");
        return ExitCodes.SUCCESS;
    }

    /** Exit status 0 when the sandbox's database server runs, 1 when it does not (as for a dead service). */
    private int status(Path dir) {
        DetachedSandbox sandbox = DetachedSandbox.at(dir);
        out.println("sandbox " + sandbox.dir());
        printProcesses(sandbox);
        return sandbox.ovsdbServerPid().isPresent() ? ExitCodes.SUCCESS : ExitCodes.FAILURE;
    }

    private void printProcesses(DetachedSandbox sandbox) {
        out.println("  ovsdb-server: " + state(sandbox.ovsdbServerPid()) + ", database " + sandbox.unixRemote());
        out.println("  ovs-vswitchd: " + state(sandbox.vswitchdPid()));
    }

    private static String state(Optional<Long> pid) {
        return pid.map(p -> "running (pid " + p + ")").orElse("not running");
    }
}
