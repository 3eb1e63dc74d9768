package io.ovsguard.cli.app;

import io.ovsguard.cli.command.CommandTables;
import io.ovsguard.cli.guard.GuardingExecutor;
import io.ovsguard.cli.parse.CliEnvironment;

/** The process entry point: run the CLI and exit with its status. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(new Cli(CliEnvironment.fromSystem(), CommandTables.standard(), new GuardingExecutor(new OvsguardExecutor()))
                .run(args, System.in, System.out, System.err));
    }
}
