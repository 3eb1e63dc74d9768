package io.ovsguard.cli.vswitch;

import io.ovsguard.cli.command.CommandHandlers;
import io.ovsguard.cli.exec.CommandContext;

/**
 * Registers the handlers of ovs-vsctl's Open_vSwitch, bridge, port, interface, controller, manager, auto-attach,
 * zone and datapath commands.
 */
public final class VswitchCommands {

    private VswitchCommands() {
    }

    public static void register(CommandHandlers.Builder<CommandContext> handlers) {
        BridgeCommands.register(handlers);
        PortCommands.register(handlers);
        BondCommands.register(handlers);
        SwitchCommands.register(handlers);
        ControllerCommands.register(handlers);
        RemoteCommands.register(handlers);
        AutoAttachCommands.register(handlers);
        ZoneCommands.register(handlers);
    }
}
