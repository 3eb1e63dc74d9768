package io.ovsguard.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where the real Open vSwitch programs and the vswitch schema live. {@link #debian()} matches the Debian 12 packages
 * {@code openvswitch-switch}, {@code openvswitch-common} and {@code openvswitch-switch-dpdk}.
 */
public record OvsBinaries(
        Path ovsdbServer,
        Path ovsdbTool,
        Path ovsVsctl,
        Path ovsAppctl,
        Path ovsPki,
        Path vswitchdDpdk,
        Path vswitchSchema) {

    public OvsBinaries {
        Objects.requireNonNull(ovsdbServer, "ovsdbServer");
        Objects.requireNonNull(ovsdbTool, "ovsdbTool");
        Objects.requireNonNull(ovsVsctl, "ovsVsctl");
        Objects.requireNonNull(ovsAppctl, "ovsAppctl");
        Objects.requireNonNull(ovsPki, "ovsPki");
        Objects.requireNonNull(vswitchdDpdk, "vswitchdDpdk");
        Objects.requireNonNull(vswitchSchema, "vswitchSchema");
    }

    public static OvsBinaries debian() {
        return new OvsBinaries(
                Path.of("/usr/sbin/ovsdb-server"),
                Path.of("/usr/bin/ovsdb-tool"),
                Path.of("/usr/bin/ovs-vsctl"),
                Path.of("/usr/bin/ovs-appctl"),
                Path.of("/usr/bin/ovs-pki"),
                Path.of("/usr/lib/openvswitch-switch-dpdk/ovs-vswitchd-dpdk"),
                Path.of("/usr/share/openvswitch/vswitch.ovsschema"));
    }

    /** Programs an ovsdb-server-only sandbox needs that are absent or not executable (empty when all are there). */
    public List<Path> missingForOvsdbServer() {
        List<Path> missing = new ArrayList<>();
        for (Path p : List.of(ovsdbServer, ovsdbTool, ovsVsctl, ovsAppctl)) {
            if (!Files.isExecutable(p)) {
                missing.add(p);
            }
        }
        if (!Files.isReadable(vswitchSchema)) {
            missing.add(vswitchSchema);
        }
        return List.copyOf(missing);
    }

    /** Like {@link #missingForOvsdbServer()}, plus the DPDK build of ovs-vswitchd. */
    public List<Path> missingForVswitchd() {
        List<Path> missing = new ArrayList<>(missingForOvsdbServer());
        if (!Files.isExecutable(vswitchdDpdk)) {
            missing.add(vswitchdDpdk);
        }
        return List.copyOf(missing);
    }

    /** Like {@link #missingForOvsdbServer()}, plus {@code ovs-pki} for the TLS material. */
    public List<Path> missingForSsl() {
        List<Path> missing = new ArrayList<>(missingForOvsdbServer());
        if (!Files.isExecutable(ovsPki)) {
            missing.add(ovsPki);
        }
        return List.copyOf(missing);
    }
}
