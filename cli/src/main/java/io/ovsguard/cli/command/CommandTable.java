package io.ovsguard.cli.command;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The immutable registry of every command the CLI knows: ovs-vsctl's commands and ovsguard's own. {@code --help},
 * {@code --commands}, option validation, the bash completion and the man page are all generated from it. Commands
 * are contributed by a few classes through {@link Builder}, so no class holds them all.
 */
public final class CommandTable {

    private final Map<String, CommandSyntax> commands;
    private final Map<HelpGroup, List<HelpLine>> help;
    private final List<CommandSyntax> vsctlHashOrder;

    private CommandTable(Map<String, CommandSyntax> commands, Map<HelpGroup, List<HelpLine>> help,
                         List<CommandSyntax> vsctlHashOrder) {
        this.commands = commands;
        this.help = help;
        this.vsctlHashOrder = vsctlHashOrder;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<CommandSyntax> find(String name) {
        return Optional.ofNullable(commands.get(name));
    }

    /** Every command, in registration order. */
    public Collection<CommandSyntax> commands() {
        return commands.values();
    }

    public List<CommandSyntax> commands(CommandOrigin origin) {
        return commands.values().stream().filter(c -> c.origin() == origin).toList();
    }

    /**
     * ovs-vsctl's commands in the order ovs-vsctl iterates its command hash table: the order of {@code --commands}
     * and of the per-command options appended to getopt's option list.
     */
    public List<CommandSyntax> vsctlHashOrder() {
        return vsctlHashOrder;
    }

    /** The {@code --help} lines of one group, in the order they are printed. */
    public List<HelpLine> help(HelpGroup group) {
        return help.getOrDefault(group, List.of());
    }

    /** Collects commands and help lines; {@link #build()} checks that they fit together. */
    public static final class Builder {
        private final Map<String, CommandSyntax> commands = new LinkedHashMap<>();
        // a HashMap, not an EnumMap: EnumMap finds the enum's constants by reflection, a cost at every start-up
        private final Map<HelpGroup, List<HelpLine>> help = new HashMap<>();
        private final List<String> vsctlHashOrder = new ArrayList<>();

        private Builder() {
        }

        public Builder command(CommandSyntax syntax) {
            if (commands.putIfAbsent(syntax.name(), syntax) != null) {
                throw new IllegalArgumentException("command registered twice: " + syntax.name());
            }
            return this;
        }

        /** A help line whose description starts at {@code column} (after the two-space indent). */
        public Builder help(HelpGroup group, String command, String usage, String description, int column) {
            help.computeIfAbsent(group, g -> new ArrayList<>()).add(new HelpLine(command, usage, description, column));
            return this;
        }

        public Builder note(HelpGroup group, String text) {
            help.computeIfAbsent(group, g -> new ArrayList<>()).add(HelpLine.note(text));
            return this;
        }

        /**
         * The order in which ovs-vsctl iterates its command hash table ({@link OvsHashOrder} of the order it
         * registers them). Stated explicitly instead of following whichever class registered first.
         */
        public Builder vsctlHashOrder(List<String> names) {
            vsctlHashOrder.clear();
            vsctlHashOrder.addAll(names);
            return this;
        }

        public CommandTable build() {
            // loops, not streams: built at every start, on a cold JVM
            Set<String> vsctlNames = new HashSet<>();
            for (CommandSyntax command : commands.values()) {
                if (command.origin() == CommandOrigin.VSCTL) {
                    vsctlNames.add(command.name());
                }
            }
            if (!vsctlNames.equals(new HashSet<>(vsctlHashOrder)) || vsctlNames.size() != vsctlHashOrder.size()) {
                throw new IllegalStateException("vsctl hash order " + vsctlHashOrder
                        + " does not list exactly the vsctl commands " + vsctlNames);
            }
            Map<HelpGroup, List<HelpLine>> frozenHelp = new HashMap<>();
            for (Map.Entry<HelpGroup, List<HelpLine>> group : help.entrySet()) {
                for (HelpLine line : group.getValue()) {
                    if (!line.isNote() && !commands.containsKey(line.command())) {
                        throw new IllegalStateException("help line for unknown command " + line.command());
                    }
                }
                frozenHelp.put(group.getKey(), List.copyOf(group.getValue()));
            }
            List<CommandSyntax> hashOrder = new ArrayList<>();
            for (String name : vsctlHashOrder) {
                hashOrder.add(commands.get(name));
            }
            return new CommandTable(Collections.unmodifiableMap(new LinkedHashMap<>(commands)),
                    Collections.unmodifiableMap(frozenHelp), List.copyOf(hashOrder));
        }
    }
}
