package io.ovsguard.cli.command;

import java.util.Objects;

/**
 * A per-command option such as {@code --may-exist} or {@code --id=}, written the way ovs-vsctl's command table
 * writes it: a trailing {@code =} means the option requires an argument, a trailing {@code ?} that it may take one.
 */
public record CommandOption(String name, OptionArgument argument) {

    public CommandOption {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(argument, "argument");
        if (!name.startsWith("--") || name.length() < 3 || name.contains("=") || name.contains(",")) {
            throw new IllegalArgumentException("bad command option name: " + name);
        }
    }

    /** Parses one item of an option list, for example {@code "--if-exists"} or {@code "--columns="}. */
    public static CommandOption parse(String spec) {
        if (spec.endsWith("=")) {
            return new CommandOption(spec.substring(0, spec.length() - 1), OptionArgument.REQUIRED);
        }
        if (spec.endsWith("?")) {
            return new CommandOption(spec.substring(0, spec.length() - 1), OptionArgument.OPTIONAL);
        }
        return new CommandOption(spec, OptionArgument.NONE);
    }

    /** The option as written in the command table, e.g. {@code --id=}. */
    public String spec() {
        if (argument == OptionArgument.REQUIRED) {
            return name + "=";
        }
        if (argument == OptionArgument.OPTIONAL) {
            return name + "?";
        }
        return name;
    }

    /** The name without its leading dashes, as getopt knows it. */
    public String bareName() {
        return name.substring(2);
    }
}
