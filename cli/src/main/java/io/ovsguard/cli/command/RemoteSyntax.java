package io.ovsguard.cli.command;

import static io.ovsguard.cli.command.CommandSyntax.UNLIMITED;
import static io.ovsguard.cli.command.CommandSyntax.vsctl;
import static io.ovsguard.cli.command.HelpGroup.CONTROLLER;
import static io.ovsguard.cli.command.HelpGroup.MANAGER;
import static io.ovsguard.cli.command.HelpGroup.SSL;

/** Commands that configure the switch's remote peers: OpenFlow controllers, fail mode, OVSDB managers and SSL. */
public final class RemoteSyntax {

    private static final int REMOTE_COLUMN = 27;
    private static final int SSL_COLUMN = 28;

    private RemoteSyntax() {
    }

    public static void register(CommandTable.Builder table) {
        table.command(vsctl("get-controller", 1, 1, "BRIDGE", "").readOnly().group(CONTROLLER)
                .summary("Print the OpenFlow controllers of a bridge.").build());
        table.command(vsctl("del-controller", 1, 1, "BRIDGE", "").readWrite().group(CONTROLLER)
                .summary("Delete the OpenFlow controllers of a bridge.").build());
        table.command(vsctl("set-controller", 1, UNLIMITED, "BRIDGE TARGET...", "--inactivity-probe=").readWrite()
                .group(CONTROLLER).summary("Replace the OpenFlow controllers of a bridge.").build());
        table.command(vsctl("get-fail-mode", 1, 1, "BRIDGE", "").readOnly().group(CONTROLLER)
                .summary("Print the fail mode of a bridge.").build());
        table.command(vsctl("del-fail-mode", 1, 1, "BRIDGE", "").readWrite().group(CONTROLLER)
                .summary("Delete the fail mode of a bridge.").build());
        table.command(vsctl("set-fail-mode", 2, 2, "BRIDGE MODE", "").readWrite().group(CONTROLLER)
                .summary("Set the fail mode of a bridge to standalone or secure.").build());
        table.command(vsctl("get-manager", 0, 0, "", "").readOnly().group(MANAGER)
                .summary("Print the OVSDB managers.").build());
        table.command(vsctl("del-manager", 0, 0, "", "").readWrite().group(MANAGER)
                .summary("Delete the OVSDB managers.").build());
        table.command(vsctl("set-manager", 1, UNLIMITED, "TARGET...", "--inactivity-probe=").readWrite()
                .group(MANAGER).summary("Replace the OVSDB managers.").build());
        table.command(vsctl("get-ssl", 0, 0, "", "").readOnly().group(SSL)
                .summary("Print the SSL configuration.").build());
        table.command(vsctl("del-ssl", 0, 0, "", "").readWrite().group(SSL)
                .summary("Delete the SSL configuration.").build());
        table.command(vsctl("set-ssl", 3, 3, "PRIVATE-KEY CERTIFICATE CA-CERT", "--bootstrap").readWrite()
                .group(SSL).summary("Set the SSL private key, certificate and CA certificate files.").build());

        table.help(CONTROLLER, "get-controller", "get-controller BRIDGE", "print the controllers for BRIDGE",
                        REMOTE_COLUMN)
                .help(CONTROLLER, "del-controller", "del-controller BRIDGE", "delete the controllers for BRIDGE",
                        REMOTE_COLUMN)
                .help(CONTROLLER, "set-controller", "[--inactivity-probe=MSECS]", "", 0)
                .help(CONTROLLER, "set-controller", "set-controller BRIDGE TARGET...",
                        "set the controllers for BRIDGE", REMOTE_COLUMN)
                .help(CONTROLLER, "get-fail-mode", "get-fail-mode BRIDGE", "print the fail-mode for BRIDGE",
                        REMOTE_COLUMN)
                .help(CONTROLLER, "del-fail-mode", "del-fail-mode BRIDGE", "delete the fail-mode for BRIDGE",
                        REMOTE_COLUMN)
                .help(CONTROLLER, "set-fail-mode", "set-fail-mode BRIDGE MODE", "set the fail-mode for BRIDGE to MODE",
                        REMOTE_COLUMN);
        table.help(MANAGER, "get-manager", "get-manager", "print the managers", REMOTE_COLUMN)
                .help(MANAGER, "del-manager", "del-manager", "delete the managers", REMOTE_COLUMN)
                .help(MANAGER, "set-manager", "[--inactivity-probe=MSECS]", "", 0)
                .help(MANAGER, "set-manager", "set-manager TARGET...", "set the list of managers to TARGET...",
                        REMOTE_COLUMN);
        table.help(SSL, "get-ssl", "get-ssl", "print the SSL configuration", SSL_COLUMN)
                .help(SSL, "del-ssl", "del-ssl", "delete the SSL configuration", SSL_COLUMN)
                .help(SSL, "set-ssl", "set-ssl PRIV-KEY CERT CA-CERT", "set the SSL configuration", SSL_COLUMN);
    }
}
