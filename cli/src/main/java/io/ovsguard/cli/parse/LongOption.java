package io.ovsguard.cli.parse;

import io.ovsguard.cli.command.OptionArgument;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the getopt option list: a global option, or a per-command option that was given before the
 * first command name (ovs-vsctl lets those through and hands them to the first command).
 */
record LongOption(String name, OptionArgument argument, Optional<GlobalOption> global) {

    LongOption {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(argument, "argument");
        Objects.requireNonNull(global, "global");
    }

    static LongOption of(GlobalOption option) {
        return new LongOption(option.longName(), option.argument(), Optional.of(option));
    }

    static LongOption local(String name, OptionArgument argument) {
        return new LongOption(name, argument, Optional.empty());
    }

    boolean isLocal() {
        return global.isEmpty();
    }

    /**
     * Whether getopt would treat two abbreviation candidates as the same option. It compares the argument kind and
     * what the option returns: all per-command options return one shared code, every global option its own.
     */
    boolean sameAs(LongOption other) {
        return argument == other.argument && global.equals(other.global);
    }
}
