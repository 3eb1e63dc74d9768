package io.ovsguard.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the command line parser knows about one command: its name, how many arguments it takes, the options it
 * accepts and whether it writes. This is the syntax half of ovs-vsctl's command table entry; what the command does
 * ({@code prerequisites}, {@code run}, {@code postprocess}) is a {@link CommandHandler} registered under the same name.
 *
 * @param argumentsHelp the arguments in ovs-vsctl's notation, {@code [X]} optional and {@code X...} repeated;
 *                      {@code --commands} and the bash completion derive their patterns from it
 * @param maxArgs       {@link #UNLIMITED} when the command takes any number of arguments
 * @param summary       one sentence for the man page and completion descriptions
 * @param details       the body of the command's own {@code --help} (ovsguard commands), or empty
 */
public record CommandSyntax(String name, int minArgs, int maxArgs, String argumentsHelp, List<CommandOption> options,
                            Mode mode, HelpGroup group, CommandOrigin origin, String summary, String details) {

    public static final int UNLIMITED = Integer.MAX_VALUE;

    public CommandSyntax {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(argumentsHelp, "argumentsHelp");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(details, "details");
        options = List.copyOf(options);
        if (name.isEmpty() || name.startsWith("-") || name.contains(" ")) {
            throw new IllegalArgumentException("bad command name: '" + name + "'");
        }
        if (minArgs < 0 || maxArgs < minArgs) {
            throw new IllegalArgumentException(name + ": bad argument counts " + minArgs + ".." + maxArgs);
        }
        // loops, not streams: the table of a hundred commands is built at every start, on a cold JVM
        for (int i = 0; i < options.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (options.get(i).name().equals(options.get(j).name())) {
                    throw new IllegalArgumentException(name + ": duplicate option");
                }
            }
        }
    }

    /** Starts an ovs-vsctl command: {@code vsctl("add-br", 1, 3, "NEW-BRIDGE [PARENT] [NEW-VLAN]", "--may-exist")}. */
    public static Builder vsctl(String name, int minArgs, int maxArgs, String argumentsHelp, String optionSpec) {
        return new Builder(name, minArgs, maxArgs, argumentsHelp, optionSpec, CommandOrigin.VSCTL);
    }

    /** Starts one of ovsguard's own commands. */
    public static Builder ovsguard(String name, int minArgs, int maxArgs, String argumentsHelp, String optionSpec) {
        return new Builder(name, minArgs, maxArgs, argumentsHelp, optionSpec, CommandOrigin.OVSGUARD);
    }

    /** The options joined the way ovs-vsctl's table writes them, e.g. {@code --if-exists,--id=}. */
    public String optionSpec() {
        return options.stream().map(CommandOption::spec).collect(Collectors.joining(","));
    }

    public Optional<CommandOption> option(String optionName) {
        return options.stream().filter(o -> o.name().equals(optionName)).findFirst();
    }

    public boolean isUnlimited() {
        return maxArgs == UNLIMITED;
    }

    /** Collects the parts of a {@link CommandSyntax}; mode, group and summary are required. */
    public static final class Builder {
        private final String name;
        private final int minArgs;
        private final int maxArgs;
        private final String argumentsHelp;
        private final List<CommandOption> options;
        private final CommandOrigin origin;
        private Mode mode;
        private HelpGroup group;
        private String summary;
        private String details = "";

        private Builder(String name, int minArgs, int maxArgs, String argumentsHelp, String optionSpec,
                        CommandOrigin origin) {
            this.name = name;
            this.minArgs = minArgs;
            this.maxArgs = maxArgs;
            this.argumentsHelp = argumentsHelp;
            this.origin = origin;
            List<CommandOption> parsed = new ArrayList<>();
            if (!optionSpec.isEmpty()) {
                for (String spec : optionSpec.split(",")) {
                    parsed.add(CommandOption.parse(spec));
                }
            }
            this.options = parsed;
        }

        public Builder readOnly() {
            this.mode = Mode.RO;
            return this;
        }

        public Builder readWrite() {
            this.mode = Mode.RW;
            return this;
        }

        public Builder group(HelpGroup helpGroup) {
            this.group = helpGroup;
            return this;
        }

        public Builder summary(String text) {
            this.summary = text;
            return this;
        }

        public Builder details(String text) {
            this.details = text;
            return this;
        }

        public CommandSyntax build() {
            requireSet(mode, "mode");
            requireSet(group, "group");
            requireSet(summary, "summary");
            return new CommandSyntax(name, minArgs, maxArgs, argumentsHelp, options, mode, group, origin, summary,
                    details);
        }

        private void requireSet(Object part, String partName) {
            if (part == null) {
                throw new NullPointerException(name + ": " + partName + " not set");
            }
        }
    }
}
