package io.ovsguard.cli.vswitch;

import static io.ovsguard.cli.vswitch.BridgeTopology.BRIDGE;

import io.ovsguard.cli.command.CommandHandlers;
import io.ovsguard.cli.exec.CommandContext;
import io.ovsguard.cli.exec.CommandFailedException;
import io.ovsguard.cli.exec.Prerequisites;
import io.ovsguard.cli.exec.WorkingRow;
import io.ovsguard.ovsdb.notation.Atom;
import io.ovsguard.ovsdb.notation.IntegerAtom;
import io.ovsguard.ovsdb.notation.OvsdbMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** add-, del- and get-aa-mapping: a bridge's Auto Attach I-SID to VLAN mappings. */
final class AutoAttachCommands {

    private static final String AUTO_ATTACH = "AutoAttach";
    /** What {@code strtoull} accepts before it stops: white space, a sign, then at least one decimal digit. */
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*([+-]?)(\\d+)");

    private AutoAttachCommands() {
    }

    static void register(CommandHandlers.Builder<CommandContext> handlers) {
        handlers.register("add-aa-mapping", new VswitchHandler(AutoAttachCommands::reads, ctx -> {
                    long isid = number(ctx.argument(1));
                    long vlan = number(ctx.argument(2));
                    WorkingRow bridge = bridgeRow(ctx);
                    WorkingRow autoAttach = autoAttach(ctx, bridge).orElseGet(() -> {
                        WorkingRow created = ctx.db().insert(AUTO_ATTACH);
                        bridge.write("auto_attach", Datums.ofUuid(created.uuid()));
                        return created;
                    });
                    Map<Atom, Atom> mappings = new LinkedHashMap<>(mappings(autoAttach).asMap());
                    // ovs-vsctl appends the pair and sorts the map by key, then value, keeping the first of equal
                    // keys: an I-SID already mapped ends up with the smaller of its two VLANs
                    IntegerAtom key = new IntegerAtom(isid);
                    if (!(mappings.get(key) instanceof IntegerAtom mapped) || vlan < mapped.value()) {
                        mappings.put(key, new IntegerAtom(vlan));
                    }
                    autoAttach.write("mappings", OvsdbMap.of(mappings));
                }))
                .register("del-aa-mapping", new VswitchHandler(AutoAttachCommands::reads, ctx -> {
                    IntegerAtom isid = new IntegerAtom(number(ctx.argument(1)));
                    IntegerAtom vlan = new IntegerAtom(number(ctx.argument(2)));
                    Optional<WorkingRow> autoAttach = autoAttach(ctx, bridgeRow(ctx));
                    if (autoAttach.isEmpty()
                            || !mappings(autoAttach.get()).get(isid).filter(vlan::equals).isPresent()) {
                        return;
                    }
                    // like ovs-vsctl, keep only the mappings that share neither the I-SID nor the VLAN
                    Map<Atom, Atom> kept = new LinkedHashMap<>();
                    mappings(autoAttach.get()).asMap().forEach((k, v) -> {
                        if (!k.equals(isid) && !v.equals(vlan)) {
                            kept.put(k, v);
                        }
                    });
                    autoAttach.get().write("mappings", OvsdbMap.of(kept));
                }))
                .register("get-aa-mapping", new VswitchHandler(AutoAttachCommands::reads, ctx -> {
                    WorkingRow bridge = bridgeRow(ctx);
                    bridge.verify("auto_attach");
                    Optional<WorkingRow> autoAttach = autoAttach(ctx, bridge);
                    autoAttach.ifPresent(a -> a.verify("mappings"));
                    StringBuilder text = new StringBuilder();
                    autoAttach.ifPresent(a -> mappings(a).entries().forEach(e -> text
                            .append(((IntegerAtom) e.key()).value()).append(' ')
                            .append(((IntegerAtom) e.value()).value()).append('\n')));
                    ctx.print(text.toString());
                }));
    }

    private static void reads(Prerequisites p) {
        SwitchReads.topologyAnd(p, BRIDGE, List.of("auto_attach"));
        p.columns(AUTO_ATTACH, List.of("mappings"));
    }

    /** The real bridge's row (a fake bridge's parent). */
    private static WorkingRow bridgeRow(CommandContext ctx) {
        SwitchEdits edits = new SwitchEdits(ctx.db());
        BridgeTopology topology = edits.topology();
        return edits.bridgeRow(topology, BridgeCommands.find(ctx, topology, ctx.argument(0)));
    }

    private static Optional<WorkingRow> autoAttach(CommandContext ctx, WorkingRow bridge) {
        return Datums.uuid(bridge.read("auto_attach")).flatMap(u -> ctx.db().row(AUTO_ATTACH, u));
    }

    private static OvsdbMap mappings(WorkingRow autoAttach) {
        return (OvsdbMap) autoAttach.read("mappings");
    }

    /** The leading decimal number of {@code text}, as {@code strtoull} reads it; fails if there is none. */
    private static long number(String text) {
        Matcher m = LEADING_NUMBER.matcher(text);
        if (!m.find()) {
            throw new CommandFailedException("Invalid argument " + text);
        }
        long value;
        try {
            value = Long.parseUnsignedLong(m.group(2));
        } catch (NumberFormatException e) {
            value = -1;   // strtoull saturates at ULLONG_MAX, which is -1 as a signed 64-bit value
        }
        return m.group(1).equals("-") ? -value : value;
    }
}
