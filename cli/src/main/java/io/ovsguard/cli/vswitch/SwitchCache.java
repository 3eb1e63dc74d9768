package io.ovsguard.cli.vswitch;

import io.ovsguard.cli.exec.CommandContext;
import java.util.Set;

/**
 * When ovs-vsctl builds (and so warns about) its picture of bridges, ports and interfaces in a command line: the
 * first command that needs it builds it, later ones reuse it, and commands that change the switch wholesale make
 * the next user build it again. ovsguard builds the picture whenever it needs it; this only places the warnings.
 */
final class SwitchCache {

    /** The commands that build the picture before doing their work. */
    private static final Set<String> USERS = Set.of("add-br", "del-br", "list-br", "br-exists",
            "br-set-external-id", "br-get-external-id", "list-ports", "add-port", "add-bond", "add-bond-iface",
            "del-bond-iface", "del-port", "port-to-br", "br-to-vlan", "br-to-parent", "list-ifaces", "iface-to-br",
            "get-controller", "del-controller", "set-controller", "get-fail-mode", "del-fail-mode", "set-fail-mode",
            "add-aa-mapping", "del-aa-mapping", "get-aa-mapping");
    /** The vswitch commands after which the picture is built again. */
    private static final Set<String> INVALIDATORS = Set.of("add-br", "emer-reset");

    private SwitchCache() {
    }

    /** Before a command runs: logs the picture's warnings if this command is the one that builds it. */
    static void beforeRun(CommandContext ctx) {
        if (USERS.contains(ctx.invocation().name()) && ctx.populateSwitchCache()) {
            new SwitchEdits(ctx.db()).topology().warnings().forEach(w -> ctx.warn("vsctl", w));
        }
    }

    /** After a command ran without failing. */
    static void afterRun(CommandContext ctx) {
        if (INVALIDATORS.contains(ctx.invocation().name())) {
            ctx.invalidateSwitchCache();
        }
    }
}
