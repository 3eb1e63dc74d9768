package io.ovsguard.validator;

import io.ovsguard.validator.host.HostSnapshot;
import io.ovsguard.validator.host.SysfsTopology;
import java.nio.file.Path;

/**
 * The sysfs fixture trees, read from the source tree: Maven's resource copy would turn their driver symlinks
 * into directories. Surefire runs with the module directory as working directory.
 */
public final class Fixtures {

    public static final String FOUR_NODE = "intel-4node-80core";
    public static final String TWO_SOCKET = "two-socket-hugepages-node0";
    public static final String VM = "kvm-virtio-1node";

    private Fixtures() {
    }

    public static Path sysfs(String model) {
        return Path.of("src/test/resources/sysfs", model);
    }

    public static HostSnapshot host(String model) {
        return SysfsTopology.read(sysfs(model));
    }
}
