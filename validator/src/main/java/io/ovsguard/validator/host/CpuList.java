package io.ovsguard.validator.host;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A set of CPU ids in the kernel's list syntax ({@code "0-3,8-11"}), as found in {@code nodeN/cpulist}
 * and {@code devices/system/node/online}.
 */
public record CpuList(List<Integer> ids) {

    public CpuList {
        ids = ids.stream().distinct().sorted().collect(Collectors.toUnmodifiableList());
        if (!ids.isEmpty() && ids.get(0) < 0) {
            throw new IllegalArgumentException("CPU ids must not be negative: " + ids);
        }
    }

    public static CpuList empty() {
        return new CpuList(List.of());
    }

    /**
     * Parses the kernel list syntax. An empty (or blank) text is the empty set, which is what sysfs writes
     * for a memory-only node.
     *
     * @throws IllegalArgumentException naming the bad range when the text is malformed
     */
    public static CpuList parse(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return empty();
        }
        List<Integer> ids = new ArrayList<>();
        for (String part : trimmed.split(",", -1)) {
            String range = part.strip();
            int dash = range.indexOf('-');
            try {
                if (dash < 0) {
                    ids.add(parseId(range));
                } else {
                    int first = parseId(range.substring(0, dash));
                    int last = parseId(range.substring(dash + 1));
                    if (last < first) {
                        throw new IllegalArgumentException("range \"" + range + "\" ends before it starts");
                    }
                    for (int id = first; id <= last; id++) {
                        ids.add(id);
                    }
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad CPU range \"" + range + "\" in \"" + text + "\"");
            }
        }
        return new CpuList(ids);
    }

    private static int parseId(String digits) {
        if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
            throw new NumberFormatException(digits);
        }
        return Integer.parseInt(digits);
    }

    public static CpuList of(BitSet bits) {
        return new CpuList(bits.stream().boxed().collect(Collectors.toList()));
    }

    public boolean contains(int cpu) {
        return ids.contains(cpu);
    }

    public int size() {
        return ids.size();
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }

    /** Renders the canonical kernel syntax, collapsing runs into ranges. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < ids.size()) {
            int start = ids.get(i);
            int end = start;
            while (i + 1 < ids.size() && ids.get(i + 1) == end + 1) {
                end = ids.get(++i);
            }
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(start);
            if (end != start) {
                out.append('-').append(end);
            }
            i++;
        }
        return out.toString();
    }
}
