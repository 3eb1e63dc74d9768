package io.ovsguard.cli.command;

/** Whether a command may write to the database (ovs-vsctl logs write commands at a higher level). */
public enum Mode {
    RO,
    RW
}
