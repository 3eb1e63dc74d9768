package io.ovsguard.it.cli.vsctl;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A program named {@code ovs-vsctl} run with a terminal as its standard output, through {@code script(1)}: what a
 * user typing the command sees. stdout and stderr both reach the terminal, so the outcome's stdout holds both, in
 * order, with the terminal's line ends made plain again; its stderr is empty.
 */
final class TerminalProgram implements VsctlProgram {

    private final ExternalProgram script;
    private final Path executable;

    /** @param executable a file named {@code ovs-vsctl} */
    TerminalProgram(Path executable) {
        this.executable = executable;
        this.script = ExternalProgram.script();
    }

    @Override
    public ToolOutcome run(Path runDir, List<String> args, Map<String, String> overrides) {
        String command = "PATH=" + quote(executable.getParent().toString()) + ":$PATH ovs-vsctl "
                + args.stream().map(TerminalProgram::quote).collect(Collectors.joining(" "));
        List<String> scriptArgs = new ArrayList<>(List.of("-qec", command, "/dev/null"));
        ToolOutcome outcome = script.run(runDir, scriptArgs, overrides);
        return new ToolOutcome(outcome.exitCode(), outcome.stdout().replace("\r\n", "\n") + outcome.stderr(), "");
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    @Override
    public String toString() {
        return executable + " (on a terminal)";
    }
}
