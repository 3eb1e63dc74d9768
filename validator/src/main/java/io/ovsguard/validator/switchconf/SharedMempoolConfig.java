package io.ovsguard.validator.switchconf;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * {@code other_config:shared-mempool-config} (OVS 3.0+), e.g. {@code 9000,1500:1}: MTUs for which shared pools
 * are sized, for every NUMA node or for one. A port then takes the smallest configured buffer class that is at
 * least its own on its socket (memory-model §4, calibration H01/H02).
 */
public record SharedMempoolConfig(List<Entry> entries) {

    public static final String KEY = "other_config:shared-mempool-config";

    /** One configured MTU, for one NUMA node or (empty) for all. */
    public record Entry(int mtu, OptionalInt numaNode) {
    }

    public SharedMempoolConfig {
        entries = List.copyOf(entries);
    }

    public static SharedMempoolConfig none() {
        return new SharedMempoolConfig(List.of());
    }

    public static SharedMempoolConfig parse(String text) {
        List<Entry> entries = new ArrayList<>();
        for (String part : text.strip().split(",", -1)) {
            String p = part.strip();
            String[] mtuNuma = p.split(":", -1);
            if (p.isEmpty() || mtuNuma.length > 2 || !isNumber(mtuNuma[0])
                    || (mtuNuma.length == 2 && !isNumber(mtuNuma[1]))) {
                throw new ConfigSyntaxException(KEY, text, "entry \"" + p + "\" is not MTU or MTU:NUMA");
            }
            entries.add(new Entry(Integer.parseInt(mtuNuma[0]),
                    mtuNuma.length == 2 ? OptionalInt.of(Integer.parseInt(mtuNuma[1])) : OptionalInt.empty()));
        }
        return new SharedMempoolConfig(entries);
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.length() <= 6 && s.chars().allMatch(Character::isDigit);
    }

    /** The MTUs that apply to {@code socket}. */
    public List<Integer> mtusFor(int socket) {
        return entries.stream().filter(e -> e.numaNode().isEmpty() || e.numaNode().getAsInt() == socket)
                .map(Entry::mtu).toList();
    }
}
