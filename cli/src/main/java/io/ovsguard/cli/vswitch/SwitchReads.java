package io.ovsguard.cli.vswitch;

import static io.ovsguard.cli.vswitch.BridgeTopology.BRIDGE;
import static io.ovsguard.cli.vswitch.BridgeTopology.INTERFACE;
import static io.ovsguard.cli.vswitch.BridgeTopology.OPEN_VSWITCH;
import static io.ovsguard.cli.vswitch.BridgeTopology.PORT;

import io.ovsguard.cli.exec.Prerequisites;
import java.util.List;

/** The columns the vswitch commands read, declared before the database is fetched. */
final class SwitchReads {

    private SwitchReads() {
    }

    /** What the bridge model needs (ovs-vsctl's {@code pre_get_info}). */
    static void topology(Prerequisites p) {
        p.columns(OPEN_VSWITCH, List.of("bridges"));
        p.columns(BRIDGE, List.of("name", "controller", "fail_mode", "ports"));
        p.columns(PORT, List.of("name", "fake_bridge", "tag", "interfaces"));
        p.columns(INTERFACE, List.of("name", "ofport"));
    }

    static void topologyAnd(Prerequisites p, String table, List<String> columns) {
        topology(p);
        p.columns(table, columns);
    }
}
