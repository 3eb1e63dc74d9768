package io.ovsguard.cli.guard;

import io.ovsguard.cli.call.CliStreams;
import io.ovsguard.cli.parse.CliEnvironment;
import io.ovsguard.cli.parse.GlobalOptions;
import io.ovsguard.validator.vswitchd.VswitchdProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the ovs-vswitchd that serves a local database, so the guard can read its log and ask it through unixctl
 * why a port failed. A database reached over tcp or ssl, or a run directory without a running ovs-vswitchd, gives a
 * remote probe: the guard then judges by the database rows alone.
 */
final class LocalVswitchd {

    private LocalVswitchd() {
    }

    /** The probe for the database this run's streams and options point at. */
    static VswitchdProbe probe(CliStreams streams, GlobalOptions options) {
        return probe(options, streams.environment());
    }

    static VswitchdProbe probe(GlobalOptions options, CliEnvironment environment) {
        if (!options.database().startsWith("unix:")) {
            return VswitchdProbe.remote();
        }
        Path rundir = Path.of(options.database().substring("unix:".length())).toAbsolutePath().getParent();
        Optional<Path> ctl = controlSocket(rundir);
        if (ctl.isEmpty()) {
            return VswitchdProbe.remote();
        }
        Path logDir = Path.of(environment.variables().getOrDefault("OVS_LOGDIR", rundir.toString()));
        Path log = Files.isRegularFile(rundir.resolve("ovs-vswitchd.log")) ? rundir.resolve("ovs-vswitchd.log")
                : logDir.resolve("ovs-vswitchd.log");
        return VswitchdProbe.local(ctl.get(), log);
    }

    /** {@code ovs-vswitchd.ctl} when it was started with {@code --unixctl}, else {@code ovs-vswitchd.<pid>.ctl}. */
    private static Optional<Path> controlSocket(Path rundir) {
        Path named = rundir.resolve("ovs-vswitchd.ctl");
        if (Files.exists(named)) {
            return Optional.of(named);
        }
        try {
            String pid = Files.readString(rundir.resolve("ovs-vswitchd.pid")).strip();
            Path byPid = rundir.resolve("ovs-vswitchd." + pid + ".ctl");
            return Files.exists(byPid) ? Optional.of(byPid) : Optional.empty();
        } catch (IOException noPidFile) {
            return Optional.empty();
        }
    }
}
