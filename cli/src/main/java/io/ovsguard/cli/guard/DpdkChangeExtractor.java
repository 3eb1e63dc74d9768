package io.ovsguard.cli.guard;

import io.ovsguard.cli.parse.CommandInvocation;
import io.ovsguard.validator.source.VsctlChange;
import io.ovsguard.validator.switchconf.ConfigChange;
import io.ovsguard.validator.switchconf.ProposedChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Picks out of an ovs-vsctl command line the part that decides DPDK memory: ports (and bond members) added with a
 * DPDK type,
 * {@code set Interface} of type, options or {@code mtu_request}, and {@code other_config} keys that size or place
 * DPDK memory. Everything else on the line (bridges, external ids, controllers...) cannot make a mempool fail, so it
 * is left to the plain ovs-vsctl path.
 */
public final class DpdkChangeExtractor {

    /** {@code other_config} keys the memory model reads; other keys do not change what a port needs or gets. */
    private static final Set<String> MEMORY_KEYS = Set.of("dpdk-init", "dpdk-socket-mem", "dpdk-socket-limit",
            "dpdk-alloc-mem", "dpdk-extra", "dpdk-lcore-mask", "pmd-cpu-mask", "per-port-memory",
            "shared-mempool-config");

    private DpdkChangeExtractor() {
    }

    /**
     * The memory-relevant change the command line makes, or empty when it makes none. A malformed value in a relevant
     * word is a {@link io.ovsguard.validator.switchconf.ConfigSyntaxException} quoting it.
     */
    public static Optional<ProposedChange> extract(List<CommandInvocation> commands) {
        List<String> words = new ArrayList<>();
        for (CommandInvocation command : commands) {
            List<String> relevant = relevantWords(command);
            if (!relevant.isEmpty()) {
                if (!words.isEmpty()) {
                    words.add("--");
                }
                words.addAll(relevant);
            }
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        List<ConfigChange> kept = new ArrayList<>();
        for (ConfigChange change : VsctlChange.parse(words).changes()) {
            if (touchesDpdkMemory(change)) {
                kept.add(change);
            }
        }
        return kept.isEmpty() ? Optional.empty() : Optional.of(new ProposedChange(kept));
    }

    private static boolean touchesDpdkMemory(ConfigChange change) {
        if (change instanceof ConfigChange.AddPort add) {
            return add.type().startsWith("dpdk");
        }
        return true;
    }

    private static List<String> relevantWords(CommandInvocation command) {
        List<String> args = command.arguments();
        if (command.name().equals("add-port") && args.size() >= 2) {
            return List.of("add-port", args.get(0), args.get(1));
        }
        if (command.name().equals("add-bond") && args.size() >= 3) {
            // memory-wise each member interface is a port of its own: one mempool request per interface
            List<String> words = new ArrayList<>();
            for (String iface : args.subList(2, args.size())) {
                if (iface.contains("=")) {
                    break;   // the interfaces end where the Port's COLUMN=VALUE arguments begin
                }
                if (!words.isEmpty()) {
                    words.add("--");
                }
                words.addAll(List.of("add-port", args.get(0), iface));
            }
            return words;
        }
        boolean set = command.name().equals("set");
        if ((set || command.name().equals("remove")) && args.size() >= 3) {
            String table = args.get(0).toLowerCase(Locale.ROOT);
            List<String> columns = args.subList(2, args.size());
            if (set && table.equals("interface")) {
                List<String> memory = new ArrayList<>();
                for (String column : columns) {
                    if (isInterfaceMemoryWord(column)) {
                        memory.add(column);
                    }
                }
                return memory.isEmpty() ? List.of() : prefixed(List.of("set", "Interface", args.get(1)), memory);
            }
            if (table.equals("open_vswitch") && args.get(1).equals(".")) {
                return set ? otherConfigSet(columns) : otherConfigRemove(columns);
            }
        }
        return List.of();
    }

    /** A type other than a DPDK one creates no mempool, so only {@code type=dpdk*} counts. */
    private static boolean isInterfaceMemoryWord(String word) {
        return word.startsWith("type=dpdk") || word.startsWith("type=\"dpdk") || word.startsWith("options:")
                || word.startsWith("mtu_request=");
    }

    private static List<String> otherConfigSet(List<String> columns) {
        List<String> memory = new ArrayList<>();
        for (String word : columns) {
            if (word.startsWith("other_config:") && MEMORY_KEYS.contains(keyOf(word))) {
                memory.add(word);
            }
        }
        return memory.isEmpty() ? List.of() : prefixed(List.of("set", "Open_vSwitch", "."), memory);
    }

    private static List<String> otherConfigRemove(List<String> columns) {
        if (columns.isEmpty() || !columns.get(0).equals("other_config")) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        for (String word : columns.subList(1, columns.size())) {
            String key = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
            if (MEMORY_KEYS.contains(key)) {
                keys.add(key);
            }
        }
        return keys.isEmpty() ? List.of() : prefixed(List.of("remove", "Open_vSwitch", ".", "other_config"), keys);
    }

    private static String keyOf(String otherConfigWord) {
        int eq = otherConfigWord.indexOf('=');
        String key = otherConfigWord.substring("other_config:".length(), eq < 0 ? otherConfigWord.length() : eq);
        return key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"") ? key.substring(1, key.length() - 1)
                : key;
    }

    private static List<String> prefixed(List<String> head, List<String> tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(tail);
        return all;
    }
}
