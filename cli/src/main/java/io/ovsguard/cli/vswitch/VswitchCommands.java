package io.ovsguard.cli.vswitch;

import io.ovsguard.cli.command.CommandHandlers;
import io.ovsguard.cli.exec.CommandContext;

/**
 * Registers the handlers of ovs-vsctl's Open_vSwitch, bridge, port, interface, controller, manager, auto-attach,
 * zone and datapath commands, as groups that are built when a command needs them (a lookup builds groups in the
 * order given until it finds the command, so the commonest come first).
 */
public final class VswitchCommands {

    private VswitchCommands() {
    }

    /** The bridge and port commands, the commonest. */
    public static void registerFirst(CommandHandlers.Builder<CommandContext> handlers) {
        handlers.group(BridgeCommands::register)
                .group(PortCommands::register);
    }

    /** Every other group of Open_vSwitch commands. */
    public static void registerRest(CommandHandlers.Builder<CommandContext> handlers) {
        handlers.group(SwitchCommands::register)
                .group(BondCommands::register)
                .group(ControllerCommands::register)
                .group(RemoteCommands::register)
                .group(AutoAttachCommands::register)
                .group(ZoneCommands::register);
    }
}
