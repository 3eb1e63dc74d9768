package io.ovsguard.validator.host;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a {@link HostTopology} once from a sysfs root: the real {@code /sys} or a fixture tree laid out like it.
 * The result is an immutable {@link HostSnapshot}; nothing is read again afterwards.
 */
public final class SysfsTopology {

    private static final Logger log = LoggerFactory.getLogger(SysfsTopology.class);
    private static final Pattern HUGEPAGE_DIR = Pattern.compile("hugepages-(\\d+)kB");
    private static final Path DEFAULT_ROOT = Path.of("/sys");

    private final Path root;

    private SysfsTopology(Path root) {
        this.root = root;
    }

    /** Reads the host this process runs on. */
    public static HostSnapshot readDefault() {
        return read(DEFAULT_ROOT);
    }

    /**
     * Reads the tree under {@code root}.
     *
     * @throws TopologyReadException naming the file that is missing or malformed
     */
    public static HostSnapshot read(Path root) {
        if (!Files.isDirectory(root)) {
            throw new TopologyReadException(root, "sysfs root is not a directory");
        }
        SysfsTopology reader = new SysfsTopology(root);
        List<NumaNode> nodes = reader.readNodes();
        List<PciDevice> devices = reader.readPciDevices();
        log.debug("read {} NUMA nodes and {} PCI devices from {}", nodes.size(), devices.size(), root);
        return new HostSnapshot(nodes, devices, root.toString());
    }

    private List<NumaNode> readNodes() {
        Path nodeDir = root.resolve("devices/system/node");
        Path online = nodeDir.resolve("online");
        if (!Files.exists(online)) {
            // A kernel without NUMA support: one node 0 holding every online CPU, no per-node hugepages.
            Path cpusOnline = root.resolve("devices/system/cpu/online");
            return List.of(new NumaNode(0, parseCpus(cpusOnline, readText(cpusOnline)), List.of(),
                    cpusOnline.toString()));
        }
        List<NumaNode> nodes = new ArrayList<>();
        for (int id : parseCpus(online, readText(online)).ids()) {
            Path dir = nodeDir.resolve("node" + id);
            if (!Files.isDirectory(dir)) {
                throw new TopologyReadException(dir, "node " + id + " is listed online but has no directory");
            }
            Path cpulist = dir.resolve("cpulist");
            nodes.add(new NumaNode(id, parseCpus(cpulist, readText(cpulist)), readHugepages(dir.resolve("hugepages")),
                    dir.toString()));
        }
        return nodes;
    }

    private List<HugepagePool> readHugepages(Path dir) {
        List<HugepagePool> pools = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return pools;
        }
        for (Path sizeDir : list(dir)) {
            Matcher m = HUGEPAGE_DIR.matcher(sizeDir.getFileName().toString());
            if (m.matches()) {
                pools.add(new HugepagePool(Long.parseLong(m.group(1)), readLong(sizeDir.resolve("nr_hugepages")),
                        readLong(sizeDir.resolve("free_hugepages"))));
            }
        }
        return pools;
    }

    private List<PciDevice> readPciDevices() {
        Path dir = root.resolve("bus/pci/devices");
        List<PciDevice> devices = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            log.debug("{} does not exist; the host has no PCI devices to check", dir);
            return devices;
        }
        for (Path entry : list(dir)) {
            PciAddress address;
            try {
                address = PciAddress.parse(entry.getFileName().toString());
            } catch (IllegalArgumentException e) {
                throw new TopologyReadException(entry, e.getMessage(), e);
            }
            devices.add(new PciDevice(address, readNumaNode(entry.resolve("numa_node")),
                    readHex(entry.resolve("vendor")), readHex(entry.resolve("device")),
                    readDriver(entry.resolve("driver")), entry.toString()));
        }
        return devices;
    }

    private OptionalInt readNumaNode(Path file) {
        if (!Files.exists(file)) {
            return OptionalInt.empty();   // kernels without NUMA do not create the file
        }
        long node = readLong(file);
        return node < 0 ? OptionalInt.empty() : OptionalInt.of((int) node);
    }

    private static Optional<String> readDriver(Path link) {
        if (!Files.isSymbolicLink(link)) {
            return Optional.empty();
        }
        try {
            // Only the name matters: ../../../bus/pci/drivers/<name>, however deep the device sits.
            return Optional.of(Files.readSymbolicLink(link).getFileName().toString());
        } catch (IOException e) {
            throw new TopologyReadException(link, "cannot read driver link: " + e.getMessage(), e);
        }
    }

    private static CpuList parseCpus(Path file, String text) {
        try {
            return CpuList.parse(text);
        } catch (IllegalArgumentException e) {
            throw new TopologyReadException(file, e.getMessage(), e);
        }
    }

    private static long readLong(Path file) {
        String text = readText(file);
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new TopologyReadException(file, "expected an integer, found \"" + text + "\"", e);
        }
    }

    private static int readHex(Path file) {
        String text = readText(file);
        String digits = text.startsWith("0x") || text.startsWith("0X") ? text.substring(2) : text;
        try {
            return Integer.parseInt(digits, 16);
        } catch (NumberFormatException e) {
            throw new TopologyReadException(file, "expected a hex id like 0x8086, found \"" + text + "\"", e);
        }
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (NoSuchFileException e) {
            throw new TopologyReadException(file, "missing", e);
        } catch (IOException e) {
            throw new TopologyReadException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    private static List<Path> list(Path dir) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            throw new TopologyReadException(dir, "cannot list: " + e.getMessage(), e);
        }
        entries.sort(null);
        return entries;
    }
}
