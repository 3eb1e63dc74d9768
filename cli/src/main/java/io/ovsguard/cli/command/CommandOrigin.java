package io.ovsguard.cli.command;

/** Where a command comes from: ovs-vsctl's own table, or ovsguard's additions. */
public enum CommandOrigin {
    VSCTL,
    OVSGUARD
}
