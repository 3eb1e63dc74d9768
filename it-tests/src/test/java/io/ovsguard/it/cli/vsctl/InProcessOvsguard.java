package io.ovsguard.it.cli.vsctl;

import io.ovsguard.cli.app.Cli;
import io.ovsguard.cli.app.OvsguardExecutor;
import io.ovsguard.cli.command.CommandTables;
import io.ovsguard.cli.parse.CliEnvironment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** ovsguard's CLI in this JVM, invoked as {@code ovs-vsctl} with the same environment the real one gets. */
final class InProcessOvsguard implements VsctlProgram {

    @Override
    public ToolOutcome run(Path runDir, List<String> args, Map<String, String> overrides) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliEnvironment environment =
                CliEnvironment.of(CliEnvironment.VSCTL_NAME, VsctlProgram.environment(runDir, overrides));
        int status = new Cli(environment, CommandTables.standard(), new OvsguardExecutor())
                .run(args.toArray(String[]::new), new ByteArrayInputStream(new byte[0]), out, err);
        return new ToolOutcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "ovsguard (in-process)";
    }
}
