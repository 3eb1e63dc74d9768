package io.ovsguard.validator.switchconf;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * MiB per NUMA socket as given to EAL {@code --socket-mem} / {@code --socket-limit} ({@code "1024,0"}).
 * Sockets past the end of the list get 0, as in EAL.
 */
public record DpdkSocketMem(List<Long> mibPerSocket) {

    /** EAL keeps one entry per RTE_MAX_NUMA_NODES; no real host has more. */
    private static final int MAX_SOCKETS = 64;

    public DpdkSocketMem {
        mibPerSocket = List.copyOf(mibPerSocket);
        if (mibPerSocket.isEmpty() || mibPerSocket.stream().anyMatch(v -> v < 0)) {
            throw new IllegalArgumentException("socket memory needs at least one non-negative entry");
        }
    }

    public static DpdkSocketMem parse(String key, String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            throw new ConfigSyntaxException(key, text, "empty list");
        }
        String[] parts = t.split(",", -1);
        if (parts.length > MAX_SOCKETS) {
            throw new ConfigSyntaxException(key, text, parts.length + " entries, at most " + MAX_SOCKETS);
        }
        List<Long> values = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.isEmpty()) {
                throw new ConfigSyntaxException(key, text, "entry " + (i + 1) + " is empty");
            }
            if (!p.chars().allMatch(Character::isDigit) || p.length() > 9) {
                throw new ConfigSyntaxException(key, text, "entry " + (i + 1) + " \"" + p
                        + "\" is not a number of MB");
            }
            values.add(Long.parseLong(p));
        }
        return new DpdkSocketMem(values);
    }

    public static DpdkSocketMem of(long... mib) {
        List<Long> values = new ArrayList<>();
        for (long v : mib) {
            values.add(v);
        }
        return new DpdkSocketMem(values);
    }

    public long mib(int socket) {
        return socket >= 0 && socket < mibPerSocket.size() ? mibPerSocket.get(socket) : 0;
    }

    public long bytes(int socket) {
        return mib(socket) << 20;
    }

    /** A copy with socket {@code socket} set to {@code mib}, padding with zeros as needed. */
    public DpdkSocketMem with(int socket, long mib) {
        List<Long> values = new ArrayList<>(mibPerSocket);
        while (values.size() <= socket) {
            values.add(0L);
        }
        values.set(socket, mib);
        return new DpdkSocketMem(values);
    }

    /** Same socket count as {@code sockets}, 1024 everywhere: the defaults of OVS 2.10-2.15 (memory-model §0). */
    public static DpdkSocketMem uniform(int sockets, long mib) {
        List<Long> values = new ArrayList<>();
        for (int i = 0; i < Math.max(1, sockets); i++) {
            values.add(mib);
        }
        return new DpdkSocketMem(values);
    }

    @Override
    public String toString() {
        return mibPerSocket.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
