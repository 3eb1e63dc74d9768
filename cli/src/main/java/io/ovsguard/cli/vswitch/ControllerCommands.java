package io.ovsguard.cli.vswitch;

import static io.ovsguard.cli.vswitch.BridgeTopology.BRIDGE;

import io.ovsguard.cli.command.CommandHandlers;
import io.ovsguard.cli.exec.CommandContext;
import io.ovsguard.cli.exec.CommandFailedException;
import io.ovsguard.cli.exec.Prerequisites;
import io.ovsguard.cli.exec.WorkingRow;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Uuid;
import java.util.ArrayList;
import java.util.List;

/** get-, set- and del-controller; get-, set- and del-fail-mode. */
final class ControllerCommands {

    static final String CONTROLLER = "Controller";

    private ControllerCommands() {
    }

    static void register(CommandHandlers.Builder<CommandContext> handlers) {
        handlers.register("get-controller", new VswitchHandler(ControllerCommands::reads,
                        ControllerCommands::getControllers))
                .register("del-controller", new VswitchHandler(ControllerCommands::reads, ctx -> {
                    WorkingRow bridge = realBridgeRow(ctx);
                    List<Uuid> old = verifyControllers(ctx, bridge);
                    if (!old.isEmpty()) {
                        deleteRows(ctx, old);
                        bridge.write("controller", OvsdbSet.empty());
                    }
                }))
                .register("set-controller", new VswitchHandler(ControllerCommands::reads,
                        ControllerCommands::setControllers))
                .register("get-fail-mode", new VswitchHandler(SwitchReads::topology, ctx -> {
                    SwitchEdits edits = new SwitchEdits(ctx.db());
                    BridgeTopology topology = edits.topology();
                    BridgeEntry bridge = BridgeCommands.find(ctx, topology, ctx.argument(0));
                    WorkingRow row = edits.bridgeRow(topology, bridge);
                    row.verify("fail_mode");
                    Datums.string(row.read("fail_mode")).filter(m -> !m.isEmpty())
                            .ifPresent(m -> ctx.print(m + "\n"));
                }))
                .register("del-fail-mode", new VswitchHandler(SwitchReads::topology,
                        ctx -> realBridgeRow(ctx).write("fail_mode", OvsdbSet.empty())))
                .register("set-fail-mode", new VswitchHandler(SwitchReads::topology, ctx -> {
                    WorkingRow bridge = realBridgeRow(ctx);
                    String mode = ctx.argument(1);
                    if (!mode.equals("standalone") && !mode.equals("secure")) {
                        throw new CommandFailedException("fail-mode must be \"standalone\" or \"secure\"");
                    }
                    bridge.write("fail_mode", Datums.ofString(mode));
                }));
    }

    private static void reads(Prerequisites p) {
        SwitchReads.topologyAnd(p, CONTROLLER, List.of("target", "inactivity_probe"));
    }

    private static WorkingRow realBridgeRow(CommandContext ctx) {
        SwitchEdits edits = new SwitchEdits(ctx.db());
        BridgeTopology topology = edits.topology();
        BridgeEntry bridge = BridgeCommands.findReal(ctx, topology, ctx.argument(0));
        return edits.row(BRIDGE, bridge.row().orElseThrow());
    }

    /** Guards the bridge's controllers and returns them. */
    private static List<Uuid> verifyControllers(CommandContext ctx, WorkingRow bridge) {
        bridge.verify("controller");
        List<Uuid> controllers = Datums.uuids(bridge.read("controller"));
        controllers.forEach(u -> ctx.db().row(CONTROLLER, u).ifPresent(c -> c.verify("target")));
        return controllers;
    }

    private static void deleteRows(CommandContext ctx, List<Uuid> rows) {
        rows.forEach(u -> ctx.db().row(CONTROLLER, u).ifPresent(WorkingRow::delete));
    }

    private static void getControllers(CommandContext ctx) {
        SwitchEdits edits = new SwitchEdits(ctx.db());
        BridgeTopology topology = edits.topology();
        BridgeEntry bridge = BridgeCommands.find(ctx, topology, ctx.argument(0));
        WorkingRow row = edits.bridgeRow(topology, bridge);
        List<String> targets = new ArrayList<>();
        for (Uuid uuid : verifyControllers(ctx, row)) {
            ctx.db().row(CONTROLLER, uuid).ifPresent(c -> targets.add(Datums.name(c.read("target"))));
        }
        ctx.print(Utf8Strings.lines(targets));
    }

    private static void setControllers(CommandContext ctx) {
        WorkingRow bridge = realBridgeRow(ctx);
        deleteRows(ctx, verifyControllers(ctx, bridge));
        List<Uuid> created = new ArrayList<>();
        for (String target : ctx.arguments().subList(1, ctx.arguments().size())) {
            RemoteTargetType.warnIfUnknown(ctx, target);
            WorkingRow controller = ctx.db().insert(CONTROLLER);
            controller.write("target", Datums.ofString(target));
            ctx.optionValue("--inactivity-probe").ifPresent(probe ->
                    controller.write("inactivity_probe", Datums.ofInteger(CNumber.atoll(probe))));
            created.add(controller.uuid());
        }
        bridge.write("controller", Datums.ofUuids(created));
    }
}
