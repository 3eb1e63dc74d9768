package io.ovsguard.cli.command;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The registry that gives commands of a {@link CommandTable} their behaviour, keyed by command name. A command
 * without a handler parses but is reported as not implemented.
 *
 * <p>Handlers come one by one or in groups. A group's handlers are registered only when a command is looked up that
 * the groups registered so far do not have, in the order the groups were given: a CLI call runs one or two commands,
 * and building every group's handlers (each a few lambdas) cost a call that needs one group about 1 ms of start-up.
 * Which commands a group holds shows only once it ran, so an unknown command runs them all. Thread-safe; the
 * handlers, once registered, never change.
 *
 * @param <C> the per-command context type of the execution engine
 */
public final class CommandHandlers<C> {

    private final CommandTable table;
    private final Map<String, CommandHandler<C>> handlers;
    private final Deque<Consumer<Builder<C>>> pendingGroups;

    private CommandHandlers(CommandTable table, Map<String, CommandHandler<C>> handlers,
                            List<Consumer<Builder<C>>> groups) {
        this.table = table;
        this.handlers = new HashMap<>(handlers);
        this.pendingGroups = new ArrayDeque<>(groups);
    }

    public static <C> Builder<C> builder(CommandTable table) {
        return new Builder<>(table);
    }

    public synchronized Optional<CommandHandler<C>> find(String command) {
        CommandHandler<C> handler = handlers.get(command);
        while (handler == null && !pendingGroups.isEmpty()) {
            registerNextGroup();
            handler = handlers.get(command);
        }
        return Optional.ofNullable(handler);
    }

    public boolean has(String command) {
        return find(command).isPresent();
    }

    /** Every command with a handler (this registers every group). */
    public synchronized Set<String> commands() {
        while (!pendingGroups.isEmpty()) {
            registerNextGroup();
        }
        return Set.copyOf(handlers.keySet());
    }

    private void registerNextGroup() {
        Builder<C> group = new Builder<>(table);
        pendingGroups.removeFirst().accept(group);
        for (Map.Entry<String, CommandHandler<C>> entry : group.handlers.entrySet()) {
            if (handlers.putIfAbsent(entry.getKey(), entry.getValue()) != null) {
                throw new IllegalStateException("handler registered twice: " + entry.getKey());
            }
        }
        if (!group.groups.isEmpty()) {
            throw new IllegalStateException("a group registers handlers, not further groups");
        }
    }

    /** Collects handlers; each must belong to a command of the table, and only once. */
    public static final class Builder<C> {
        private final CommandTable table;
        private final Map<String, CommandHandler<C>> handlers = new LinkedHashMap<>();
        private final List<Consumer<Builder<C>>> groups = new ArrayList<>();

        private Builder(CommandTable table) {
            this.table = Objects.requireNonNull(table, "table");
        }

        public Builder<C> register(String command, CommandHandler<C> handler) {
            Objects.requireNonNull(handler, "handler");
            if (table.find(command).isEmpty()) {
                throw new IllegalArgumentException("no such command in the table: " + command);
            }
            if (handlers.putIfAbsent(command, handler) != null) {
                throw new IllegalArgumentException("handler registered twice: " + command);
            }
            return this;
        }

        /**
         * A group of handlers that {@code registrar} registers on this builder's kind when a command is looked up that
         * neither the single handlers nor the earlier groups have.
         */
        public Builder<C> group(Consumer<Builder<C>> registrar) {
            groups.add(Objects.requireNonNull(registrar, "registrar"));
            return this;
        }

        public CommandHandlers<C> build() {
            return new CommandHandlers<>(table, handlers, groups);
        }
    }
}
