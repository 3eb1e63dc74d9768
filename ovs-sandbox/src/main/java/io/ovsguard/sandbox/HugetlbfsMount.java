package io.ovsguard.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The hugetlbfs mount DPDK expects at {@code /dev/hugepages}. OVS passes {@code --in-memory} to the EAL, which then
 * needs no files there, but the EAL still looks for a mount of each page size and warns without one.
 */
public final class HugetlbfsMount {
    public static final Path MOUNT_POINT = Path.of("/dev/hugepages");
    private static final Path MOUNTS = Path.of("/proc/mounts");

    private HugetlbfsMount() {
    }

    /** Whether a hugetlbfs is mounted at /dev/hugepages. */
    public static boolean isMounted() {
        return isMounted(readMounts());
    }

    static boolean isMounted(List<String> mounts) {
        for (String line : mounts) {
            String[] f = line.split(" ");
            if (f.length >= 3 && f[1].equals(MOUNT_POINT.toString()) && f[2].equals("hugetlbfs")) {
                return true;
            }
        }
        return false;
    }

    /** Mounts hugetlbfs at /dev/hugepages unless it is already there (needs root). */
    public static void ensureMounted(ToolRunner tools) {
        if (isMounted()) {
            return;
        }
        try {
            Files.createDirectories(MOUNT_POINT);
        } catch (IOException e) {
            throw new SandboxException("cannot create " + MOUNT_POINT + ": " + e.getMessage(), e);
        }
        ToolResult mount = tools.run(Path.of("/bin/mount"), "-t", "hugetlbfs", "nodev", MOUNT_POINT.toString());
        if (!mount.succeeded() && !isMounted()) {
            throw new SandboxException("cannot mount hugetlbfs at " + MOUNT_POINT + ": " + mount.stderr().strip());
        }
    }

    private static List<String> readMounts() {
        try {
            return Files.readAllLines(MOUNTS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MOUNTS, e);
        }
    }
}
