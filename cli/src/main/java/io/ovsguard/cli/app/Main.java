package io.ovsguard.cli.app;

import io.ovsguard.cli.command.CommandTables;
import io.ovsguard.cli.guard.GuardingExecutor;
import io.ovsguard.cli.parse.CliEnvironment;

/** The process entry point: run the CLI and exit with its status. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(newCli().run(args, System.in, System.out, System.err));
    }

    /** The CLI exactly as the process runs it; {@link StartupTraining} drives the same object. */
    static Cli newCli() {
        return new Cli(CliEnvironment.fromSystem(), CommandTables.standard(), new GuardingExecutor(new OvsguardExecutor()));
    }
}
