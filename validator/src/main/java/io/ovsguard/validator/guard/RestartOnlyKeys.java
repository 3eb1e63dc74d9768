package io.ovsguard.validator.guard;

import io.ovsguard.validator.switchconf.ConfigChange;
import io.ovsguard.validator.switchconf.ProposedChange;
import io.ovsguard.validator.switchconf.SwitchConfig;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The other_config keys ovs-vswitchd reads only when DPDK starts (memory-model §4 "read once, at DPDK init"): writing
 * them changes nothing until a restart, so a guard cannot see them fail and reports them instead.
 */
public final class RestartOnlyKeys {

    public static final Set<String> KEYS = SwitchConfig.READ_AT_DPDK_START;

    private RestartOnlyKeys() {
    }

    /** The restart-only keys {@code change} sets or removes, sorted. */
    public static List<String> in(ProposedChange change) {
        Set<String> keys = new TreeSet<>();
        for (ConfigChange c : change.changes()) {
            if (c instanceof ConfigChange.SetOtherConfig set) {
                set.values().keySet().stream().filter(KEYS::contains).forEach(keys::add);
                set.removed().stream().filter(KEYS::contains).forEach(keys::add);
            }
        }
        return List.copyOf(keys);
    }
}
