package io.ovsguard.validator.vswitchd;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The figures of one pool from {@code netdev-dpdk/get-mempool-info PORT} (an {@code rte_mempool_dump}). */
public record MempoolInfo(String name, int socket, long size, long totalObjSize) {

    private static final Pattern NAME = Pattern.compile("mempool <([^>]+)>");

    /** The first pool in the dump, if the text is one. */
    public static Optional<MempoolInfo> parse(String text) {
        Matcher m = NAME.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new MempoolInfo(m.group(1), (int) field(text, "socket_id"), field(text, "size"),
                field(text, "total_obj_size")));
    }

    /** Bytes of the pool's objects (without ring and header). */
    public long objectBytes() {
        return size * totalObjSize;
    }

    private static long field(String text, String name) {
        Matcher m = Pattern.compile("(?m)^\\s*" + name + "=(-?\\d+)").matcher(text);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }
}
