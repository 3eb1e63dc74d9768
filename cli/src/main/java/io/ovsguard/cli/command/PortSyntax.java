package io.ovsguard.cli.command;

import static io.ovsguard.cli.command.CommandSyntax.UNLIMITED;
import static io.ovsguard.cli.command.CommandSyntax.vsctl;
import static io.ovsguard.cli.command.HelpGroup.INTERFACE;
import static io.ovsguard.cli.command.HelpGroup.PORT;

/** Port, bond and interface commands. */
public final class PortSyntax {

    private static final int COLUMN = 28;

    private PortSyntax() {
    }

    public static void register(CommandTable.Builder table) {
        table.command(vsctl("list-ports", 1, 1, "BRIDGE", "").readOnly().group(PORT)
                .summary("Print the names of the ports on a bridge.").build());
        table.command(vsctl("add-port", 2, UNLIMITED, "BRIDGE NEW-PORT [COLUMN[:KEY]=VALUE]...", "--may-exist")
                .readWrite().group(PORT)
                .summary("Add a port (and its interface) to a bridge, setting Interface columns.").build());
        table.command(vsctl("del-port", 1, 2, "[BRIDGE] PORT|IFACE", "--if-exists,--with-iface").readWrite()
                .group(PORT).summary("Delete a port (with --with-iface, the port of an interface).").build());
        table.command(vsctl("port-to-br", 1, 1, "PORT", "").readOnly().group(PORT)
                .summary("Print the name of the bridge that contains a port.").build());
        table.command(vsctl("add-bond", 4, UNLIMITED, "BRIDGE BOND IFACE... [COLUMN[:KEY]=VALUE]...",
                        "--may-exist,--fake-iface").readWrite().group(PORT)
                .summary("Add a bonded port made of two or more interfaces.").build());
        table.command(vsctl("add-bond-iface", 2, 2, "BOND IFACE", "--may-exist").readWrite().group(PORT)
                .summary("Add an interface to a bond.").build());
        table.command(vsctl("del-bond-iface", 1, 2, "[BOND] IFACE", "--if-exists").readWrite().group(PORT)
                .summary("Remove an interface from a bond.").build());
        table.command(vsctl("list-ifaces", 1, 1, "BRIDGE", "").readOnly().group(INTERFACE)
                .summary("Print the names of the interfaces on a bridge.").build());
        table.command(vsctl("iface-to-br", 1, 1, "IFACE", "").readOnly().group(INTERFACE)
                .summary("Print the name of the bridge that contains an interface.").build());

        table.help(PORT, "list-ports", "list-ports BRIDGE", "print the names of all the ports on BRIDGE", COLUMN)
                .help(PORT, "add-port", "add-port BRIDGE PORT", "add network device PORT to BRIDGE", COLUMN)
                .help(PORT, "add-bond", "add-bond BRIDGE PORT IFACE...", "add bonded port PORT in BRIDGE from IFACES",
                        COLUMN)
                .help(PORT, "del-port", "del-port [BRIDGE] PORT", "delete PORT (which may be bonded) from BRIDGE",
                        COLUMN)
                .help(PORT, "port-to-br", "port-to-br PORT", "print name of bridge that contains PORT", COLUMN);
        table.help(INTERFACE, "list-ifaces", "list-ifaces BRIDGE", "print the names of all interfaces on BRIDGE",
                        COLUMN)
                .help(INTERFACE, "iface-to-br", "iface-to-br IFACE", "print name of bridge that contains IFACE",
                        COLUMN);
    }
}
