package io.ovsguard.cli.vswitch;

import io.ovsguard.cli.exec.CommandContext;
import java.util.Set;

/**
 * The connection types ovs-vsctl knows for controller and manager targets ({@code TYPE:ARGS}): OpenFlow
 * connections and OVSDB streams have the same active ({@code tcp}, {@code unix}, {@code ssl}) and passive
 * ({@code ptcp}, {@code punix}, {@code pssl}) types. Other targets are still stored, with a warning.
 */
final class RemoteTargetType {

    private static final Set<String> KNOWN = Set.of("tcp", "unix", "ssl", "ptcp", "punix", "pssl");

    private RemoteTargetType() {
    }

    /** Whether the target has a {@code TYPE:} prefix of a known type. */
    static boolean isKnown(String target) {
        int colon = target.indexOf(':');
        return colon >= 0 && KNOWN.contains(target.substring(0, colon));
    }

    /** Logs ovs-vsctl's console warning for a target of an unknown type. */
    static void warnIfUnknown(CommandContext ctx, String target) {
        if (!isKnown(target)) {
            ctx.warn("vsctl", "target type \"" + target + "\" is possibly erroneous");
        }
    }
}
