package io.ovsguard.it.cli.vsctl;

/** What one command line printed and returned. */
record ToolOutcome(int exitCode, String stdout, String stderr) {
}
