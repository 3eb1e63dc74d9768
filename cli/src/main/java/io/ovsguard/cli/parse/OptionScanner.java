package io.ovsguard.cli.parse;

import io.ovsguard.cli.command.OptionArgument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Walks the options before the first command the way GNU {@code getopt_long} does in "stop at the first
 * non-option" mode: long options may be abbreviated to a unique prefix, {@code --name=value} and
 * {@code --name value} both work, short options cluster ({@code -ht}, {@code -t5}), {@code --} ends the options and
 * is consumed, and errors carry the C library's wording. Options are returned one at a time because ovs-vsctl acts on
 * each as soon as it is seen ({@code --help} before a later bad option prints help).
 */
final class OptionScanner {

    private final List<String> args;
    private final GetoptTable options;
    private final Map<Character, LongOption> shortOptions;
    private int index;
    private String cluster = "";

    /** @param options ovs-vsctl's getopt table, and ovsguard's additions tried only when it has no match at all */
    OptionScanner(List<String> args, GetoptTable options, Map<Character, LongOption> shortOptions) {
        this.args = List.copyOf(args);
        this.options = options;
        this.shortOptions = Map.copyOf(shortOptions);
    }

    /** The next option, or empty when the options are over; see {@link #remaining()}. */
    Optional<ScannedOption> next() {
        if (!cluster.isEmpty()) {
            return Optional.of(nextShort());
        }
        if (index >= args.size()) {
            return Optional.empty();
        }
        String arg = args.get(index);
        if (arg.equals("--")) {
            index++;
            return Optional.empty();
        }
        if (!arg.startsWith("-") || arg.equals("-")) {
            return Optional.empty();
        }
        index++;
        if (arg.startsWith("--")) {
            return Optional.of(nextLong(arg.substring(2)));
        }
        cluster = arg.substring(1);
        return Optional.of(nextShort());
    }

    /** The arguments after the options: commands and their arguments. */
    List<String> remaining() {
        return args.subList(index, args.size());
    }

    private ScannedOption nextShort() {
        char c = cluster.charAt(0);
        cluster = cluster.substring(1);
        LongOption option = shortOptions.get(c);
        if (option == null) {
            cluster = "";
            throw error("invalid option -- '" + c + "'");
        }
        if (option.argument() == OptionArgument.NONE) {
            return new ScannedOption(option, Optional.empty());
        }
        if (!cluster.isEmpty()) {
            String value = cluster;
            cluster = "";
            return new ScannedOption(option, Optional.of(value));
        }
        if (option.argument() == OptionArgument.OPTIONAL) {
            return new ScannedOption(option, Optional.empty());
        }
        if (index >= args.size()) {
            throw error("option requires an argument -- '" + c + "'");
        }
        return new ScannedOption(option, Optional.of(args.get(index++)));
    }

    private ScannedOption nextLong(String text) {
        int equals = text.indexOf('=');
        String name = equals < 0 ? text : text.substring(0, equals);
        Optional<LongOption> exact = options.exactVsctlGlobal(name);
        if (exact.isEmpty()) {
            exact = lookUp(name, options.vsctl(), text);
        }
        if (exact.isEmpty()) {
            exact = lookUp(name, options.own(), text);
        }
        LongOption option = exact.orElseThrow(() -> error("unrecognized option '--" + text + "'"));
        if (equals >= 0) {
            if (option.argument() == OptionArgument.NONE) {
                throw error("option '--" + option.name() + "' doesn't allow an argument");
            }
            return new ScannedOption(option, Optional.of(text.substring(equals + 1)));
        }
        if (option.argument() == OptionArgument.REQUIRED) {
            if (index >= args.size()) {
                throw error("option '--" + option.name() + "' requires an argument");
            }
            return new ScannedOption(option, Optional.of(args.get(index++)));
        }
        return new ScannedOption(option, Optional.empty());
    }

    /**
     * An exact match wins; otherwise a prefix that matches one option, or several that getopt considers the same.
     * Candidates that differ from the first one found make the prefix ambiguous, and getopt lists the first one and
     * every such candidate.
     */
    private Optional<LongOption> lookUp(String name, List<LongOption> table, String text) {
        for (LongOption option : table) {
            if (option.name().equals(name)) {
                return Optional.of(option);
            }
        }
        LongOption found = null;
        List<LongOption> ambiguous = new ArrayList<>();
        for (LongOption option : table) {
            if (!option.name().startsWith(name)) {
                continue;
            }
            if (found == null) {
                found = option;
            } else if (!found.sameAs(option)) {
                if (ambiguous.isEmpty()) {
                    ambiguous.add(found);
                }
                ambiguous.add(option);
            }
        }
        if (!ambiguous.isEmpty()) {
            StringBuilder message = new StringBuilder("option '--").append(text)
                    .append("' is ambiguous; possibilities:");
            ambiguous.forEach(o -> message.append(" '--").append(o.name()).append('\''));
            throw error(message.toString());
        }
        return Optional.ofNullable(found);
    }

    private OptionSyntaxException error(String message) {
        return new OptionSyntaxException(message);
    }
}
