package io.ovsguard.it.cli.db;

/** What one run of ovs-vsctl or ovsguard printed and returned, and the database it left. */
record RunResult(int exitCode, String stdout, String stderr, String database) {
}
