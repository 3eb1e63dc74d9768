package io.ovsguard.validator.source;

import io.ovsguard.validator.switchconf.ConfigChange;
import io.ovsguard.validator.switchconf.ConfigSyntaxException;
import io.ovsguard.validator.switchconf.ProposedChange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Turns the memory-relevant subset of an {@code ovs-vsctl} command line (after the global options) into a
 * {@link ProposedChange}, so one argument list can both be predicted and be handed to the real tool. Commands are
 * separated by {@code --}; a {@code set Interface P ...} that follows {@code add-port BR P} in the same line is part
 * of that add, as ovs-vsctl commits them in one transaction. Understood:
 * <ul>
 *   <li>{@code add-port BR PORT}</li>
 *   <li>{@code set Interface PORT type=T options:K=V mtu_request=N}</li>
 *   <li>{@code set Open_vSwitch . other_config:K=V}, {@code remove Open_vSwitch . other_config K...}</li>
 * </ul>
 * Anything else is a {@link ConfigSyntaxException} naming the word it could not use.
 */
public final class VsctlChange {

    private VsctlChange() {
    }

    public static ProposedChange parse(String... args) {
        return parse(List.of(args));
    }

    public static ProposedChange parse(List<String> args) {
        List<ConfigChange> changes = new ArrayList<>();
        Map<String, Integer> addedHere = new HashMap<>();
        for (List<String> command : split(args)) {
            String verb = command.get(0);
            if (verb.equals("add-port")) {
                require(command, 3, "add-port BRIDGE PORT");
                String port = command.get(2);
                addedHere.put(port, changes.size());
                changes.add(new ConfigChange.AddPort(command.get(1), port, "", Map.of(), OptionalLong.empty()));
            } else if (verb.equals("set") && command.size() >= 2 && command.get(1).equals("Interface")) {
                require(command, 4, "set Interface PORT COLUMN=VALUE...");
                String port = command.get(2);
                InterfaceColumns cols = InterfaceColumns.parse(port, command.subList(3, command.size()));
                Integer added = addedHere.get(port);
                if (added != null) {
                    ConfigChange.AddPort add = (ConfigChange.AddPort) changes.get(added);
                    changes.set(added, new ConfigChange.AddPort(add.bridge(), port,
                            cols.type().orElse(add.type()), merged(add.options(), cols.options()),
                            cols.mtuRequest().isPresent() ? cols.mtuRequest() : add.mtuRequest()));
                } else {
                    if (cols.type().isPresent()) {
                        throw new ConfigSyntaxException("Interface " + port + " type", cols.type().get(),
                                "changing the type of an existing interface is not modelled");
                    }
                    changes.add(new ConfigChange.SetInterface(port, cols.mtuRequest(), cols.options()));
                }
            } else if ((verb.equals("set") || verb.equals("remove")) && command.size() >= 3
                    && command.get(1).equals("Open_vSwitch") && command.get(2).equals(".")) {
                changes.add(otherConfig(verb, command.subList(3, command.size())));
            } else {
                throw new ConfigSyntaxException("command", String.join(" ", command),
                        "not a change the validator models (add-port, set Interface, set/remove Open_vSwitch . "
                                + "other_config)");
            }
        }
        return new ProposedChange(changes);
    }

    private static ConfigChange.SetOtherConfig otherConfig(String verb, List<String> words) {
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> removed = new HashSet<>();
        if (verb.equals("remove")) {
            if (words.isEmpty() || !words.get(0).equals("other_config")) {
                throw new ConfigSyntaxException("remove Open_vSwitch .", String.join(" ", words),
                        "expected: other_config KEY...");
            }
            words.subList(1, words.size()).forEach(k -> removed.add(unquote(k)));
        } else {
            for (String word : words) {
                int eq = word.indexOf('=');
                if (!word.startsWith("other_config:") || eq < 0) {
                    throw new ConfigSyntaxException("set Open_vSwitch .", word, "expected other_config:KEY=VALUE");
                }
                values.put(unquote(word.substring("other_config:".length(), eq)), unquote(word.substring(eq + 1)));
            }
        }
        return new ConfigChange.SetOtherConfig(values, removed);
    }

    private static List<List<String>> split(List<String> args) {
        List<List<String>> commands = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--")) {
                if (!current.isEmpty()) {
                    commands.add(List.copyOf(current));
                }
                current.clear();
            } else {
                current.add(arg);
            }
        }
        if (!current.isEmpty()) {
            commands.add(List.copyOf(current));
        }
        if (commands.isEmpty()) {
            throw new ConfigSyntaxException("command", String.join(" ", args), "no command given");
        }
        return commands;
    }

    private static void require(List<String> command, int words, String usage) {
        if (command.size() < words) {
            throw new ConfigSyntaxException("command", String.join(" ", command), "expected: " + usage);
        }
    }

    private static Map<String, String> merged(Map<String, String> base, Map<String, String> more) {
        Map<String, String> out = new LinkedHashMap<>(base);
        out.putAll(more);
        return out;
    }

    /** ovs-vsctl accepts a value in double quotes; the quotes are not part of it. */
    static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return value;
    }
}
