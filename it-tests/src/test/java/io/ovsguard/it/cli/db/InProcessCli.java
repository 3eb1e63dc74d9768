package io.ovsguard.it.cli.db;

import io.ovsguard.cli.app.Cli;
import io.ovsguard.cli.app.OvsguardExecutor;
import io.ovsguard.cli.command.CommandHandlers;
import io.ovsguard.cli.command.CommandTables;
import io.ovsguard.cli.exec.CommandContext;
import io.ovsguard.cli.parse.CliEnvironment;
import io.ovsguard.sandbox.OvsSandbox;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/**
 * ovsguard's CLI in this JVM against a sandbox, invoked as {@code ovs-vsctl}, with handlers a test may wrap (to act
 * between a command's reads and its commit).
 */
final class InProcessCli {

    record Run(int status, String stdout, String stderr) {
    }

    private InProcessCli() {
    }

    static Run run(OvsSandbox sandbox, CommandHandlers<CommandContext> handlers, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = run(sandbox, handlers, out, err, args);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** As {@link #run}, with stdout and stderr going to one stream (a shell's {@code 2>&1} into a file or pipe). */
    static Run runMerged(OvsSandbox sandbox, CommandHandlers<CommandContext> handlers, String... args) {
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        int status = run(sandbox, handlers, both, both, args);
        return new Run(status, both.toString(StandardCharsets.UTF_8), "");
    }

    private static int run(OvsSandbox sandbox, CommandHandlers<CommandContext> handlers, OutputStream out,
            OutputStream err, String... args) {
        String[] argv = new String[args.length + 1];
        argv[0] = "--db=" + sandbox.unixRemote();
        System.arraycopy(args, 0, argv, 1, args.length);
        return new Cli(CliEnvironment.of("ovs-vsctl", Map.of()), CommandTables.standard(),
                new OvsguardExecutor(handlers, Clock.systemUTC()))
                .run(argv, new ByteArrayInputStream(new byte[0]), out, err);
    }
}
