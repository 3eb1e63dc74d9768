package io.ovsguard.it.support;

import io.ovsguard.cli.app.Cli;
import io.ovsguard.cli.app.OvsguardExecutor;
import io.ovsguard.cli.command.CommandTables;
import io.ovsguard.cli.guard.GuardingExecutor;
import io.ovsguard.cli.parse.CliEnvironment;
import io.ovsguard.sandbox.OvsSandbox;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the ovsguard CLI in this JVM, wired as {@code bin/ovsguard} wires it, against a sandbox's database. */
public final class OvsguardCli {

    /** What one run printed and returned. */
    public record Result(int status, String out, String err) {
    }

    private OvsguardCli() {
    }

    /** Runs {@code ovsguard --db=unix:<sandbox socket> ARGS...}. */
    public static Result run(OvsSandbox sandbox, String... args) {
        List<String> all = new ArrayList<>(List.of("--db=" + sandbox.unixRemote()));
        all.addAll(List.of(args));
        return run(Map.of("OVS_RUNDIR", sandbox.dir().toString()), all.toArray(String[]::new));
    }

    /** Runs {@code ovsguard ARGS...} with the given environment variables. */
    public static Result run(Map<String, String> variables, String... args) {
        List<String> all = List.of(args);
        CliEnvironment environment = CliEnvironment.of("ovsguard", variables);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Cli(environment, CommandTables.standard(), new GuardingExecutor(new OvsguardExecutor()))
                .run(all.toArray(String[]::new), new ByteArrayInputStream(new byte[0]), out, err);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
