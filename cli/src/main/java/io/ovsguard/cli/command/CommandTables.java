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

    /**
     * {@link OvsHashOrder#of} the registration order, written out: computed on every start, interpreted, it cost a
     * call about a quarter of a millisecond. {@code CommandTablesTest} holds the two together.
     */
    static final List<String> VSCTL_HASH_ORDER = List.of(
            "wait-until", "add-zone-tp", "comment", "clear", "init", "create", "set-fail-mode", "add-port",
            "del-bond-iface", "del-ssl", "set-controller", "list-br", "br-exists", "list-ports", "del-manager",
            "list-dp-cap", "add-bond-iface", "get-manager", "get-controller", "br-set-external-id", "list-ifaces",
            "list-zone-tp", "get-aa-mapping", "get", "add-aa-mapping", "del-fail-mode", "br-get-external-id",
            "del-zone-tp", "del-port", "port-to-br", "del-controller", "find", "set", "emer-reset", "set-ssl",
            "del-aa-mapping", "add-br", "br-to-parent", "iface-to-br", "list", "add", "set-manager", "del-br", "remove",
            "get-ssl", "get-fail-mode", "destroy", "br-to-vlan", "add-bond", "show");

    private static final CommandTable STANDARD = build();

    private CommandTables() {
    }

    /** Every ovs-vsctl 3.1 command plus ovsguard's own. */
    public static CommandTable standard() {
        return STANDARD;
    }

    private static CommandTable build() {
        // looked up commonest first (a call registers only the groups up to its commands'); listed in the order
        // ovsguard has always listed them (the man page and the completion follow it)
        return CommandTable.builder()
                .group(1, BridgeSyntax::register)
                .group(2, PortSyntax::register)
                .group(4, DatabaseSyntax::register)
                .group(0, VswitchSyntax::register)
                .group(3, RemoteSyntax::register)
                .group(5, OvsguardSyntax::register)
                .vsctlHashOrder(VSCTL_HASH_ORDER)
                .build();
    }
}
