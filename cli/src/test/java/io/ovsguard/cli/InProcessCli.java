package io.ovsguard.cli;

import io.ovsguard.cli.app.Cli;
import io.ovsguard.cli.call.CommandExecutor;
import io.ovsguard.cli.command.CommandTables;
import io.ovsguard.cli.parse.CliEnvironment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** Runs ovsguard's {@link Cli} in this JVM with in-memory streams and the same environment {@link RealVsctl} uses. */
public final class InProcessCli {

    public static final Clock FIXED_CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    private InProcessCli() {
    }

    public static CliEnvironment environment(String argv0) {
        return CliEnvironment.of(argv0, Map.of("OVS_RUNDIR", RealVsctl.RUNDIR, "OVS_LOGDIR", RealVsctl.LOGDIR));
    }

    /** Runs as {@code ovs-vsctl}, where every byte must match the real one. */
    public static RealVsctl.Result runAsVsctl(String... args) {
        return run("ovs-vsctl", CommandExecutor.none(), args);
    }

    public static RealVsctl.Result run(String argv0, CommandExecutor executor, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Cli(environment(argv0), CommandTables.standard(), executor, FIXED_CLOCK)
                .run(args, new ByteArrayInputStream(new byte[0]), out, err);
        return new RealVsctl.Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
