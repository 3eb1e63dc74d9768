package io.ovsguard.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real counters. Reads the size-specific files under {@code /sys/kernel/mm/hugepages/hugepages-2048kB} (which
 * sum the per-node {@code /sys/devices/system/node/node*}{@code /hugepages/hugepages-2048kB} counters) and writes
 * the pool size there too, which is what {@code /proc/sys/vm/nr_hugepages} does when 2 MB is the default size.
 */
public final class KernelHugepageCounters implements HugepageCounters {
    private final Path sizeDir;
    private final Path meminfo;

    public KernelHugepageCounters() {
        this(Path.of("/sys/kernel/mm/hugepages/hugepages-2048kB"), Path.of("/proc/meminfo"));
    }

    /** For a fixture tree laid out like /sys and /proc. */
    public KernelHugepageCounters(Path sizeDir, Path meminfo) {
        this.sizeDir = sizeDir;
        this.meminfo = meminfo;
    }

    @Override
    public boolean supported() {
        return Files.isRegularFile(sizeDir.resolve("nr_hugepages"));
    }

    @Override
    public int total() {
        return readInt("nr_hugepages");
    }

    @Override
    public int free() {
        return readInt("free_hugepages");
    }

    @Override
    public void requestTotal(int pages) {
        Path file = sizeDir.resolve("nr_hugepages");
        try {
            Files.writeString(file, Integer.toString(Math.max(0, pages)));
        } catch (IOException e) {
            throw new SandboxException("cannot write " + file + " (needs root): " + e.getMessage(), e);
        }
    }

    @Override
    public long availableMemoryKb() {
        try {
            for (String line : Files.readAllLines(meminfo)) {
                if (line.startsWith("MemAvailable:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            throw new SandboxException(meminfo + " has no MemAvailable line");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + meminfo, e);
        }
    }

    private int readInt(String name) {
        Path file = sizeDir.resolve(name);
        try {
            return Integer.parseInt(Files.readString(file).strip());
        } catch (IOException e) {
            throw new SandboxException("cannot read " + file + ": 2 MB hugepages unsupported? " + e.getMessage(), e);
        }
    }
}
