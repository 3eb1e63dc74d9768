package io.ovsguard.sandbox;

import java.util.List;
import java.util.Objects;

/** The outcome of one run of an OVS command-line tool. */
public record ToolResult(List<String> command, int exitCode, String stdout, String stderr) {

    public ToolResult {
        command = List.copyOf(command);
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(stderr, "stderr");
    }

    public boolean succeeded() {
        return exitCode == 0;
    }

    /** Returns this result if the tool exited 0, otherwise throws with the command and its stderr. */
    public ToolResult orThrow() {
        if (!succeeded()) {
            String said = stderr.isBlank() ? stdout.strip() : stderr.strip();
            throw new SandboxException(String.join(" ", command) + " exited " + exitCode + ": " + said);
        }
        return this;
    }

    /** stdout without the trailing newline the OVS tools print. */
    public String output() {
        return stdout.strip();
    }
}
