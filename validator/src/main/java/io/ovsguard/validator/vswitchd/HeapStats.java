package io.ovsguard.validator.vswitchd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One DPDK malloc heap as {@code dpdk/get-malloc-stats} reports it (socket heaps are named {@code socket_N}). */
public record HeapStats(String name, long heapSize, long freeSize, long allocSize, long greatestFreeSize) {

    private static final Pattern FIELD = Pattern.compile("^\\s*([A-Za-z_ ]+?)\\s*:\\s*(\\S+?),?\\s*$");
    private static final double MIB = 1 << 20;

    /** Every heap with a non-zero size, in the order printed. */
    public static List<HeapStats> parse(String text) {
        List<HeapStats> heaps = new ArrayList<>();
        Map<String, String> fields = new HashMap<>();
        for (String line : text.lines().toList()) {
            Matcher m = FIELD.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String key = m.group(1).strip();
            if (key.equals("Heap id") && !fields.isEmpty()) {
                heap(fields).ifPresent(heaps::add);
                fields.clear();
            }
            fields.put(key, m.group(2));
        }
        heap(fields).ifPresent(heaps::add);
        return List.copyOf(heaps);
    }

    /** The NUMA socket of a {@code socket_N} heap; -1 for other heaps. */
    public int socket() {
        return name.startsWith("socket_") ? Integer.parseInt(name.substring("socket_".length())) : -1;
    }

    public double freeMib() {
        return freeSize / MIB;
    }

    public double heapMib() {
        return heapSize / MIB;
    }

    private static java.util.Optional<HeapStats> heap(Map<String, String> fields) {
        long size = number(fields.get("Heap_size"));
        if (size <= 0) {
            return java.util.Optional.empty();
        }
        String name = fields.getOrDefault("Heap name", "heap_" + fields.getOrDefault("Heap id", "?"));
        return java.util.Optional.of(new HeapStats(name, size, number(fields.get("Free_size")),
                number(fields.get("Alloc_size")), number(fields.get("Greatest_free_size"))));
    }

    private static long number(String value) {
        if (value == null) {
            return 0;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
