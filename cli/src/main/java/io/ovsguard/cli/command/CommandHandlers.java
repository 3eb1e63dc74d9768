package io.ovsguard.cli.command;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The immutable registry that gives commands of a {@link CommandTable} their behaviour, keyed by command name.
 * A command without a handler parses but is reported as not implemented.
 *
 * @param <C> the per-command context type of the execution engine
 */
public final class CommandHandlers<C> {

    private final Map<String, CommandHandler<C>> handlers;

    private CommandHandlers(Map<String, CommandHandler<C>> handlers) {
        this.handlers = Map.copyOf(handlers);
    }

    public static <C> Builder<C> builder(CommandTable table) {
        return new Builder<>(table);
    }

    public Optional<CommandHandler<C>> find(String command) {
        return Optional.ofNullable(handlers.get(command));
    }

    public boolean has(String command) {
        return handlers.containsKey(command);
    }

    public Set<String> commands() {
        return handlers.keySet();
    }

    /** Collects handlers; each must belong to a command of the table, and only once. */
    public static final class Builder<C> {
        private final CommandTable table;
        private final Map<String, CommandHandler<C>> handlers = new LinkedHashMap<>();

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

        public CommandHandlers<C> build() {
            return new CommandHandlers<>(handlers);
        }
    }
}
