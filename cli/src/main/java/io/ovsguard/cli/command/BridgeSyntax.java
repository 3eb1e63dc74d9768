package io.ovsguard.cli.command;

import static io.ovsguard.cli.command.CommandSyntax.vsctl;
import static io.ovsguard.cli.command.HelpGroup.AUTO_ATTACH;
import static io.ovsguard.cli.command.HelpGroup.BRIDGE;

/** Bridge commands, including fake (VLAN) bridges and the bridge's Auto Attach mappings. */
public final class BridgeSyntax {

    private static final int COLUMN = 28;
    private static final int AUTO_ATTACH_COLUMN = 35;

    private BridgeSyntax() {
    }

    public static void register(CommandTable.Builder table) {
        table.command(vsctl("add-br", 1, 3, "NEW-BRIDGE [PARENT] [NEW-VLAN]", "--may-exist").readWrite()
                .group(BRIDGE).summary("Create a bridge, or a fake bridge on VLAN of PARENT.").build());
        table.command(vsctl("del-br", 1, 1, "BRIDGE", "--if-exists").readWrite().group(BRIDGE)
                .summary("Delete a bridge and all of its ports.").build());
        table.command(vsctl("list-br", 0, 0, "", "--real,--fake").readOnly().group(BRIDGE)
                .summary("Print the names of all bridges (only real or fake ones with --real or --fake).").build());
        table.command(vsctl("br-exists", 1, 1, "BRIDGE", "").readOnly().group(BRIDGE)
                .summary("Exit with status 2 if the bridge does not exist.").build());
        table.command(vsctl("br-to-vlan", 1, 1, "BRIDGE", "").readOnly().group(BRIDGE)
                .summary("Print the VLAN of a fake bridge (0 for a real bridge).").build());
        table.command(vsctl("br-to-parent", 1, 1, "BRIDGE", "").readOnly().group(BRIDGE)
                .summary("Print the parent of a fake bridge (the bridge itself for a real one).").build());
        table.command(vsctl("br-set-external-id", 2, 3, "BRIDGE KEY [VALUE]", "").readWrite().group(BRIDGE)
                .summary("Set, or without VALUE remove, an external id of a bridge.").build());
        table.command(vsctl("br-get-external-id", 1, 2, "BRIDGE [KEY]", "").readOnly().group(BRIDGE)
                .summary("Print one external id of a bridge, or all of them as KEY=VALUE.").build());
        table.command(vsctl("add-aa-mapping", 3, 3, "BRIDGE ARG ARG", "").readWrite().group(AUTO_ATTACH)
                .summary("Map an Auto Attach I-SID to a VLAN on a bridge.").build());
        table.command(vsctl("del-aa-mapping", 3, 3, "BRIDGE ARG ARG", "").readWrite().group(AUTO_ATTACH)
                .summary("Delete an Auto Attach I-SID to VLAN mapping from a bridge.").build());
        table.command(vsctl("get-aa-mapping", 1, 1, "BRIDGE", "").readOnly().group(AUTO_ATTACH)
                .summary("Print the Auto Attach mappings of a bridge.").build());

        table.help(BRIDGE, "add-br", "add-br BRIDGE", "create a new bridge named BRIDGE", COLUMN)
                .help(BRIDGE, "add-br", "add-br BRIDGE PARENT VLAN", "create new fake BRIDGE in PARENT on VLAN",
                        COLUMN)
                .help(BRIDGE, "del-br", "del-br BRIDGE", "delete BRIDGE and all of its ports", COLUMN)
                .help(BRIDGE, "list-br", "list-br", "print the names of all the bridges", COLUMN)
                .help(BRIDGE, "br-exists", "br-exists BRIDGE", "exit 2 if BRIDGE does not exist", COLUMN)
                .help(BRIDGE, "br-to-vlan", "br-to-vlan BRIDGE", "print the VLAN which BRIDGE is on", COLUMN)
                .help(BRIDGE, "br-to-parent", "br-to-parent BRIDGE", "print the parent of BRIDGE", COLUMN)
                .help(BRIDGE, "br-set-external-id", "br-set-external-id BRIDGE KEY VALUE",
                        "set KEY on BRIDGE to VALUE", COLUMN)
                .help(BRIDGE, "br-set-external-id", "br-set-external-id BRIDGE KEY", "unset KEY on BRIDGE", COLUMN)
                .help(BRIDGE, "br-get-external-id", "br-get-external-id BRIDGE KEY", "print value of KEY on BRIDGE",
                        COLUMN)
                .help(BRIDGE, "br-get-external-id", "br-get-external-id BRIDGE", "list key-value pairs on BRIDGE",
                        COLUMN - 1);

        table.help(AUTO_ATTACH, "add-aa-mapping", "add-aa-mapping BRIDGE I-SID VLAN",
                        "add Auto Attach mapping to BRIDGE", AUTO_ATTACH_COLUMN)
                .help(AUTO_ATTACH, "del-aa-mapping", "del-aa-mapping BRIDGE I-SID VLAN",
                        "delete Auto Attach mapping VLAN from BRIDGE", AUTO_ATTACH_COLUMN)
                .help(AUTO_ATTACH, "get-aa-mapping", "get-aa-mapping BRIDGE", "get Auto Attach mappings from BRIDGE",
                        AUTO_ATTACH_COLUMN);
    }
}
