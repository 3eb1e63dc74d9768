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
import java.util.function.Consumer;

/**
 * The registry of every command the CLI knows: ovs-vsctl's commands and ovsguard's own. {@code --help},
 * {@code --commands}, option validation, the bash completion and the man page are all generated from it. Commands
 * are contributed by a few classes through {@link Builder}, so no class holds them all.
 *
 * <p>Commands come one by one or in groups. A group is registered only when a command is looked up that the groups
 * registered so far do not have, in the order the groups were given: a CLI call names one or two commands, and
 * registering every group (each a few dozen syntax objects and help lines) cost a call about 1 ms of interpreted
 * start-up. Whatever needs the whole table ({@link #commands()}, {@link #vsctlHashOrder()}, {@link #help}) registers
 * every group first and checks that the whole fits together. Thread-safe; what it returns never changes.
 */
public final class CommandTable {

    private final Map<String, CommandSyntax> single;
    private final Map<HelpGroup, List<HelpLine>> singleHelp;
    private final List<Group> groups;
    private final List<String> vsctlHashOrderNames;
    private Whole whole;

    /** A group of commands and help lines; {@code listingPosition} orders the groups in {@link #commands()}. */
    private static final class Group {
        final int listingPosition;
        final Consumer<Builder> registrar;
        Builder registered;

        Group(int listingPosition, Consumer<Builder> registrar) {
            this.listingPosition = listingPosition;
            this.registrar = registrar;
        }
    }

    /** The table once every group is registered, checked. */
    private record Whole(Map<String, CommandSyntax> commands, Map<HelpGroup, List<HelpLine>> help,
                         List<CommandSyntax> vsctlHashOrder) {
    }

    private CommandTable(Builder builder) {
        this.single = new LinkedHashMap<>(builder.commands);
        this.singleHelp = new HashMap<>(builder.help);
        List<Group> given = new ArrayList<>();
        for (Map.Entry<Consumer<Builder>, Integer> group : builder.groups.entrySet()) {
            given.add(new Group(group.getValue(), group.getKey()));
        }
        this.groups = List.copyOf(given);
        this.vsctlHashOrderNames = List.copyOf(builder.vsctlHashOrder);
    }

    public static Builder builder() {
        return new Builder();
    }

    public synchronized Optional<CommandSyntax> find(String name) {
        CommandSyntax syntax = single.get(name);
        for (int i = 0; syntax == null && i < groups.size(); i++) {
            syntax = registered(groups.get(i)).commands.get(name);
        }
        return Optional.ofNullable(syntax);
    }

    /** Every command, single ones first, then by group in listing order, each in registration order. */
    public Collection<CommandSyntax> commands() {
        return whole().commands().values();
    }

    public List<CommandSyntax> commands(CommandOrigin origin) {
        List<CommandSyntax> matching = new ArrayList<>();
        for (CommandSyntax command : commands()) {
            if (command.origin() == origin) {
                matching.add(command);
            }
        }
        return List.copyOf(matching);
    }

    /**
     * ovs-vsctl's commands in the order ovs-vsctl iterates its command hash table: the order of {@code --commands}
     * and of the per-command options appended to getopt's option list.
     */
    public List<CommandSyntax> vsctlHashOrder() {
        return whole().vsctlHashOrder();
    }

    /** The {@code --help} lines of one group, in the order they are printed. */
    public List<HelpLine> help(HelpGroup group) {
        return whole().help().getOrDefault(group, List.of());
    }

    private Builder registered(Group group) {
        if (group.registered == null) {
            Builder builder = new Builder();
            group.registrar.accept(builder);
            if (!builder.groups.isEmpty() || !builder.vsctlHashOrder.isEmpty()) {
                throw new IllegalStateException("a group registers commands and help, not groups or an order");
            }
            group.registered = builder;
        }
        return group.registered;
    }

    private synchronized Whole whole() {
        if (whole == null) {
            whole = assemble();
        }
        return whole;
    }

    private Whole assemble() {
        List<Group> listed = new ArrayList<>(groups);
        listed.sort((a, b) -> Integer.compare(a.listingPosition, b.listingPosition));
        Map<String, CommandSyntax> commands = new LinkedHashMap<>(single);
        Map<HelpGroup, List<HelpLine>> help = new HashMap<>();
        singleHelp.forEach((group, lines) -> help.computeIfAbsent(group, g -> new ArrayList<>()).addAll(lines));
        for (Group group : listed) {
            Builder registered = registered(group);
            for (CommandSyntax command : registered.commands.values()) {
                if (commands.putIfAbsent(command.name(), command) != null) {
                    throw new IllegalStateException("command registered twice: " + command.name());
                }
            }
            registered.help.forEach((g, lines) -> help.computeIfAbsent(g, x -> new ArrayList<>()).addAll(lines));
        }
        Set<String> vsctlNames = new HashSet<>();
        for (CommandSyntax command : commands.values()) {
            if (command.origin() == CommandOrigin.VSCTL) {
                vsctlNames.add(command.name());
            }
        }
        if (!vsctlNames.equals(new HashSet<>(vsctlHashOrderNames)) || vsctlNames.size() != vsctlHashOrderNames.size()) {
            throw new IllegalStateException("vsctl hash order " + vsctlHashOrderNames
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
        for (String name : vsctlHashOrderNames) {
            hashOrder.add(commands.get(name));
        }
        return new Whole(Collections.unmodifiableMap(commands), Collections.unmodifiableMap(frozenHelp),
                List.copyOf(hashOrder));
    }

    /**
     * Collects commands, groups of them and help lines; the whole table is checked (help lines of known commands,
     * the hash order listing exactly ovs-vsctl's commands) when something first needs all of it.
     */
    public static final class Builder {
        private final Map<String, CommandSyntax> commands = new LinkedHashMap<>();
        // a HashMap, not an EnumMap: EnumMap finds the enum's constants by reflection, a cost at every start-up
        private final Map<HelpGroup, List<HelpLine>> help = new HashMap<>();
        private final Map<Consumer<Builder>, Integer> groups = new LinkedHashMap<>();
        private final List<String> vsctlHashOrder = new ArrayList<>();

        private Builder() {
        }

        public Builder command(CommandSyntax syntax) {
            if (commands.putIfAbsent(syntax.name(), syntax) != null) {
                throw new IllegalArgumentException("command registered twice: " + syntax.name());
            }
            return this;
        }

        /**
         * A group of commands and help lines that {@code registrar} registers when a command is looked up that the
         * single commands and the earlier groups do not have. Groups are looked up in the order given, commonest
         * first; {@code listingPosition} is the group's place in {@link CommandTable#commands()}.
         */
        public Builder group(int listingPosition, Consumer<Builder> registrar) {
            groups.put(registrar, listingPosition);
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
            return new CommandTable(this);
        }
    }
}
