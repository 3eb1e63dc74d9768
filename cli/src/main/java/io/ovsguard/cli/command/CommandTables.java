package io.ovsguard.cli.command;

import java.util.List;

/** Assembles the command table the CLI uses. */
public final class CommandTables {

    /**
     * The order in which ovs-vsctl 3.1 registers its commands: the shared database commands, {@code show}, then
     * its own table from {@code init} to {@code list-dp-cap}.
     */
    static final List<String> VSCTL_REGISTRATION_ORDER = List.of(
            "comment", "get", "list", "find", "set", "add", "remove", "clear", "create", "destroy", "wait-until",
            "show",
            "init", "add-br", "del-br", "list-br", "br-exists", "br-to-vlan", "br-to-parent", "br-set-external-id",
            "br-get-external-id", "list-ports", "add-port", "del-port", "port-to-br", "add-bond", "add-bond-iface",
            "del-bond-iface", "list-ifaces", "iface-to-br", "get-controller", "del-controller", "set-controller",
            "get-fail-mode", "del-fail-mode", "set-fail-mode", "get-manager", "del-manager", "set-manager",
            "get-ssl", "del-ssl", "set-ssl", "add-aa-mapping", "del-aa-mapping", "get-aa-mapping", "emer-reset",
            "add-zone-tp", "del-zone-tp", "list-zone-tp", "list-dp-cap");

    private static final CommandTable STANDARD = build();

    private CommandTables() {
    }

    /** Every ovs-vsctl 3.1 command plus ovsguard's own. */
    public static CommandTable standard() {
        return STANDARD;
    }

    private static CommandTable build() {
        CommandTable.Builder table = CommandTable.builder();
        VswitchSyntax.register(table);
        BridgeSyntax.register(table);
        PortSyntax.register(table);
        RemoteSyntax.register(table);
        DatabaseSyntax.register(table);
        OvsguardSyntax.register(table);
        return table.vsctlRegistrationOrder(VSCTL_REGISTRATION_ORDER).build();
    }
}
