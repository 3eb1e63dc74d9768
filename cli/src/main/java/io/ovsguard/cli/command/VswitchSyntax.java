package io.ovsguard.cli.command;

import static io.ovsguard.cli.command.CommandSyntax.UNLIMITED;
import static io.ovsguard.cli.command.CommandSyntax.vsctl;
import static io.ovsguard.cli.command.HelpGroup.OPEN_VSWITCH;
import static io.ovsguard.cli.command.HelpGroup.SWITCH;
import static io.ovsguard.cli.command.HelpGroup.UNLISTED;

/**
 * Commands about the switch as a whole: init, show, emer-reset, and the conntrack zone and datapath capability
 * commands (which ovs-vsctl accepts but leaves out of its {@code --help}).
 */
public final class VswitchSyntax {

    private static final int COLUMN = 28;

    private VswitchSyntax() {
    }

    public static void register(CommandTable.Builder table) {
        table.command(vsctl("init", 0, 0, "", "").readWrite().group(OPEN_VSWITCH)
                .summary("Initialize the database, if it is empty.").build());
        table.command(vsctl("show", 0, 0, "", "").readOnly().group(OPEN_VSWITCH)
                .summary("Print an overview of the database contents.").build());
        table.command(vsctl("emer-reset", 0, 0, "", "").readWrite().group(SWITCH)
                .summary("Reset the configuration to a clean state.").build());
        table.command(vsctl("add-zone-tp", 3, UNLIMITED, "", "--may-exist").readWrite().group(UNLISTED)
                .summary("Add a conntrack timeout policy to a zone: DATAPATH zone=ZONE POLICY...").build());
        table.command(vsctl("del-zone-tp", 2, 2, "", "--if-exists").readWrite().group(UNLISTED)
                .summary("Delete the timeout policy of a zone: DATAPATH zone=ZONE.").build());
        table.command(vsctl("list-zone-tp", 1, 1, "", "").readOnly().group(UNLISTED)
                .summary("List the zones and timeout policies of a datapath: DATAPATH.").build());
        table.command(vsctl("list-dp-cap", 1, 1, "", "").readOnly().group(UNLISTED)
                .summary("List the capabilities of a datapath: DATAPATH.").build());

        table.help(OPEN_VSWITCH, "init", "init", "initialize database, if not yet initialized", COLUMN)
                .help(OPEN_VSWITCH, "show", "show", "print overview of database contents", COLUMN)
                .help(OPEN_VSWITCH, "emer-reset", "emer-reset", "reset configuration to clean state", COLUMN)
                .help(SWITCH, "emer-reset", "emer-reset", "reset switch to known good state", COLUMN);
    }
}
