package io.ovsguard.cli.parse;

import io.ovsguard.cli.command.CommandOption;
import io.ovsguard.cli.command.CommandOrigin;
import io.ovsguard.cli.command.CommandSyntax;
import io.ovsguard.cli.command.CommandTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The long options a command line is scanned with: ovs-vsctl's getopt table (its global options, then every
 * per-command option of its commands in command hash order, each once) and ovsguard's additions (consulted only when
 * ovs-vsctl's match nothing). Both lists are built when first needed: most command lines spell only ovs-vsctl's
 * global options in full, and an exact global name is the table's first exact match anyway (the globals come first),
 * so it is found without walking every command's options (about half a millisecond of a call, interpreted).
 */
final class GetoptTable {

    private final CommandTable commands;
    private final Map<String, LongOption> vsctlGlobals = new HashMap<>();
    private List<LongOption> vsctl;
    private List<LongOption> own;

    GetoptTable(CommandTable commands) {
        this.commands = commands;
        for (GlobalOption g : GlobalOption.values()) {
            if (!g.isOwn()) {
                vsctlGlobals.putIfAbsent(g.longName(), LongOption.of(g));
            }
        }
    }

    /** The ovs-vsctl global option named exactly {@code name}, the first exact match the whole table would give. */
    Optional<LongOption> exactVsctlGlobal(String name) {
        return Optional.ofNullable(vsctlGlobals.get(name));
    }

    /** ovs-vsctl's getopt table, in order. */
    List<LongOption> vsctl() {
        if (vsctl == null) {
            List<LongOption> list = new ArrayList<>();
            for (GlobalOption g : GlobalOption.values()) {
                if (!g.isOwn()) {
                    list.add(LongOption.of(g));
                }
            }
            Map<String, LongOption> locals = new LinkedHashMap<>();
            for (CommandSyntax command : commands.vsctlHashOrder()) {
                for (CommandOption option : command.options()) {
                    locals.putIfAbsent(option.bareName(), local(option));
                }
            }
            list.addAll(locals.values());
            vsctl = List.copyOf(list);
        }
        return vsctl;
    }

    /** ovsguard's global options and its own commands' options that ovs-vsctl's table does not name. */
    List<LongOption> own() {
        if (own == null) {
            List<LongOption> list = new ArrayList<>();
            for (GlobalOption g : GlobalOption.values()) {
                if (g.isOwn()) {
                    list.add(LongOption.of(g));
                }
            }
            Set<String> known = new HashSet<>();
            for (LongOption option : vsctl()) {
                known.add(option.name());
            }
            for (LongOption option : list) {
                known.add(option.name());
            }
            for (CommandSyntax command : commands.commands()) {
                if (command.origin() != CommandOrigin.OVSGUARD) {
                    continue;
                }
                for (CommandOption option : command.options()) {
                    if (known.add(option.bareName())) {
                        list.add(local(option));
                    }
                }
            }
            own = List.copyOf(list);
        }
        return own;
    }

    private static LongOption local(CommandOption option) {
        return LongOption.local(option.bareName(), option.argument());
    }
}
