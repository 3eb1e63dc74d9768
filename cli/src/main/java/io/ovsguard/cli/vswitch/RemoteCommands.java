package io.ovsguard.cli.vswitch;

import static io.ovsguard.cli.vswitch.BridgeTopology.OPEN_VSWITCH;

import io.ovsguard.cli.command.CommandHandlers;
import io.ovsguard.cli.exec.CommandContext;
import io.ovsguard.cli.exec.Prerequisites;
import io.ovsguard.cli.exec.WorkingRow;
import io.ovsguard.ovsdb.notation.OvsdbSet;
import io.ovsguard.ovsdb.notation.Uuid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** get-, set- and del-manager; get-, set- and del-ssl. */
final class RemoteCommands {

    private static final String MANAGER = "Manager";
    private static final String SSL = "SSL";
    private static final List<String> SSL_COLUMNS = List.of("private_key", "certificate", "ca_cert",
            "bootstrap_ca_cert");

    private RemoteCommands() {
    }

    static void register(CommandHandlers.Builder<CommandContext> handlers) {
        handlers.register("get-manager", new VswitchHandler(RemoteCommands::managerReads, ctx -> {
                    List<String> targets = new ArrayList<>();
                    for (Uuid uuid : verifyManagers(ctx)) {
                        ctx.db().row(MANAGER, uuid).ifPresent(m -> targets.add(Datums.name(m.read("target"))));
                    }
                    ctx.print(Utf8Strings.lines(targets.stream().distinct().toList()));
                }))
                .register("del-manager", new VswitchHandler(RemoteCommands::managerReads, ctx -> {
                    verifyManagers(ctx);
                    deleteManagers(ctx);
                }))
                .register("set-manager", new VswitchHandler(RemoteCommands::managerReads,
                        RemoteCommands::setManagers))
                .register("get-ssl", new VswitchHandler(p -> {
                    p.columns(OPEN_VSWITCH, List.of("ssl"));
                    p.columns(SSL, SSL_COLUMNS);
                }, RemoteCommands::getSsl))
                .register("del-ssl", new VswitchHandler(p -> {
                    p.columns(OPEN_VSWITCH, List.of("ssl"));
                    p.table(SSL);
                }, ctx -> {
                    WorkingRow ovs = openVswitch(ctx);
                    Optional<WorkingRow> ssl = ssl(ctx, ovs);
                    if (ssl.isPresent()) {
                        ovs.verify("ssl");
                        ssl.get().delete();
                        ovs.write("ssl", OvsdbSet.empty());
                    }
                }))
                .register("set-ssl", new VswitchHandler(p -> {
                    p.columns(OPEN_VSWITCH, List.of("ssl"));
                    p.table(SSL);
                },
                        RemoteCommands::setSsl));
    }

    private static void managerReads(Prerequisites p) {
        p.columns(OPEN_VSWITCH, List.of("manager_options"));
        p.columns(MANAGER, List.of("target", "inactivity_probe"));
    }

    private static WorkingRow openVswitch(CommandContext ctx) {
        return new SwitchEdits(ctx.db()).openVswitch();
    }

    private static List<Uuid> verifyManagers(CommandContext ctx) {
        WorkingRow ovs = openVswitch(ctx);
        ovs.verify("manager_options");
        List<Uuid> managers = Datums.uuids(ovs.read("manager_options"));
        managers.forEach(u -> ctx.db().row(MANAGER, u).ifPresent(m -> m.verify("target")));
        return managers;
    }

    private static void deleteManagers(CommandContext ctx) {
        WorkingRow ovs = openVswitch(ctx);
        Datums.uuids(ovs.read("manager_options"))
                .forEach(u -> ctx.db().row(MANAGER, u).ifPresent(WorkingRow::delete));
        ovs.write("manager_options", OvsdbSet.empty());
    }

    private static void setManagers(CommandContext ctx) {
        verifyManagers(ctx);
        deleteManagers(ctx);
        List<Uuid> created = new ArrayList<>();
        for (String target : ctx.arguments()) {
            RemoteTargetType.warnIfUnknown(ctx, target);
            WorkingRow manager = ctx.db().insert(MANAGER);
            manager.write("target", Datums.ofString(target));
            ctx.optionValue("--inactivity-probe").ifPresent(probe ->
                    manager.write("inactivity_probe", Datums.ofInteger(CNumber.atoll(probe))));
            created.add(manager.uuid());
        }
        openVswitch(ctx).write("manager_options", Datums.ofUuids(created));
    }

    private static Optional<WorkingRow> ssl(CommandContext ctx, WorkingRow ovs) {
        return Datums.uuid(ovs.read("ssl")).flatMap(u -> ctx.db().row(SSL, u));
    }

    private static void getSsl(CommandContext ctx) {
        WorkingRow ovs = openVswitch(ctx);
        ovs.verify("ssl");
        Optional<WorkingRow> ssl = ssl(ctx, ovs);
        if (ssl.isEmpty()) {
            return;
        }
        SSL_COLUMNS.forEach(ssl.get()::verify);
        ctx.print("Private key: " + Datums.name(ssl.get().read("private_key")) + "\n"
                + "Certificate: " + Datums.name(ssl.get().read("certificate")) + "\n"
                + "CA Certificate: " + Datums.name(ssl.get().read("ca_cert")) + "\n"
                + "Bootstrap: " + Datums.bool(ssl.get().read("bootstrap_ca_cert")) + "\n");
    }

    private static void setSsl(CommandContext ctx) {
        WorkingRow ovs = openVswitch(ctx);
        ovs.verify("ssl");
        ssl(ctx, ovs).ifPresent(WorkingRow::delete);
        WorkingRow ssl = ctx.db().insert(SSL);
        ssl.write("private_key", Datums.ofString(ctx.argument(0)));
        ssl.write("certificate", Datums.ofString(ctx.argument(1)));
        ssl.write("ca_cert", Datums.ofString(ctx.argument(2)));
        ssl.write("bootstrap_ca_cert", Datums.ofBoolean(ctx.hasOption("--bootstrap")));
        ovs.write("ssl", Datums.ofUuid(ssl.uuid()));
    }
}
