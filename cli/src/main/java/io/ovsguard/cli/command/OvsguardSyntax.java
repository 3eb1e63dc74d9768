package io.ovsguard.cli.command;

import static io.ovsguard.cli.command.CommandSyntax.ovsguard;
import static io.ovsguard.cli.command.HelpGroup.OVSGUARD;

/** ovsguard's own commands, listed in a section of their own after ovs-vsctl's. */
public final class OvsguardSyntax {

    private static final int COLUMN = 28;

    private OvsguardSyntax() {
    }

    public static void register(CommandTable.Builder table) {
        table.command(ovsguard("check", 0, 0, "", "").readOnly().group(OVSGUARD)
                .summary("Audit the current switch configuration against the host.")
                .details("""
                        Reads the whole configuration (Open_vSwitch other_config, bridges, ports and DPDK
                        interfaces) and the host's NUMA, hugepage and NIC facts, and reports every finding.
                        Nothing is changed. Exit status: 0 when nothing blocks, 3 when a finding would make
                        a guarded change refuse, 1 on errors. Use it in pre-commit hooks and pipelines.

                        Options (given before the command name):
                          --sysfs-root=DIR     read host facts from DIR instead of /sys
                          --json, -f json      print the findings as JSON
                        """)
                .build());
        table.command(ovsguard("recover", 0, 0, "", "").readWrite().group(OVSGUARD)
                .summary("Settle guarded changes that an interrupted run left unsettled.")
                .details("""
                        Finds changes ovsguard committed but did not see through (the process was killed
                        while waiting for ovs-vswitchd), checks whether ovs-vswitchd accepted them, and
                        rolls back those it rejected. With --dry-run it only reports what it would do.
                        """)
                .build());
        table.command(ovsguard("sandbox", 1, 2, "start|stop|status [DIR]", "--dpdk").readOnly().group(OVSGUARD)
                .summary("Start, stop or inspect a private switch for trying things out.")
                .details("""
                        sandbox start [DIR]    start a private ovsdb-server (and, with --dpdk, ovs-vswitchd)
                                               in DIR or a fresh temporary directory, and print how to use it
                        sandbox stop [DIR]     stop the sandbox's processes and remove its directory
                        sandbox status [DIR]   print whether the sandbox's processes are running

                        The sandbox never touches the system switch or /var/run/openvswitch.
                        """)
                .build());
        table.command(ovsguard("demo", 0, 0, "", "").readOnly().group(OVSGUARD)
                .summary("Walk through a guarded DPDK change on a sandbox switch.")
                .details("""
                        Starts a sandbox, adds a DPDK port that would not fit in the configured socket
                        memory, shows ovsguard refusing it and explaining why, then stops the sandbox.
                        """)
                .build());

        table.help(OVSGUARD, "check", "check", "audit the configuration; exit 3 on blocking findings", COLUMN)
                .help(OVSGUARD, "recover", "recover", "settle guarded changes left unsettled", COLUMN)
                .help(OVSGUARD, "sandbox", "sandbox start|stop|status", "manage a private switch for trying things",
                        COLUMN)
                .help(OVSGUARD, "demo", "demo", "show a guarded DPDK change on a sandbox", COLUMN)
                .note(OVSGUARD, "Each of these commands prints its own help: COMMAND --help.");
    }
}
