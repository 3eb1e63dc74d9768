package io.ovsguard.sandbox;

/** The daemons of a sandbox, as targets of {@code ovs-appctl}. */
public enum Daemon {
    OVSDB_SERVER, VSWITCHD
}
