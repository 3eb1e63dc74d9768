package io.ovsguard.cli.parse;

import io.ovsguard.cli.command.CommandSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One command of a command line, checked against its syntax: the options given to it (in the order ovs-vsctl
 * keeps them) and its arguments, without the command name.
 */
public record CommandInvocation(CommandSyntax syntax, List<GivenOption> options, List<String> arguments) {

    public CommandInvocation {
        Objects.requireNonNull(syntax, "syntax");
        options = List.copyOf(options);
        arguments = List.copyOf(arguments);
    }

    public String name() {
        return syntax.name();
    }

    public boolean has(String optionName) {
        for (GivenOption option : options) {
            if (option.name().equals(optionName)) {
                return true;
            }
        }
        return false;
    }

    /** The argument of an option such as {@code --id=@name}; empty if absent or given without one. */
    public Optional<String> optionValue(String optionName) {
        for (GivenOption option : options) {
            if (option.name().equals(optionName)) {
                return option.value();
            }
        }
        return Optional.empty();
    }

    /** The command as words: its options, its name and its arguments, as ovs-vsctl echoes it in logs. */
    public List<String> words() {
        List<String> words = new ArrayList<>();
        options.forEach(o -> words.add(o.value().map(v -> o.name() + "=" + v).orElse(o.name())));
        words.add(syntax.name());
        words.addAll(arguments);
        return words;
    }
}
