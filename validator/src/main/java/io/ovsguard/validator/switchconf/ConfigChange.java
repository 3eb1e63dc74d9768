package io.ovsguard.validator.switchconf;

import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/** One part of a proposed change. Applied in order, each one is a reconfiguration step of ovs-vswitchd. */
public sealed interface ConfigChange permits ConfigChange.AddPort, ConfigChange.SetInterface,
        ConfigChange.SetOtherConfig {

    /** {@code add-port BR NAME -- set Interface NAME type=... options:...=... mtu_request=...}. */
    record AddPort(String bridge, String name, String type, Map<String, String> options, OptionalLong mtuRequest)
            implements ConfigChange {
        public AddPort {
            options = Map.copyOf(options);
        }

        public static AddPort dpdk(String name, String devargs, long mtuRequest) {
            return new AddPort("br0", name, "dpdk", Map.of("dpdk-devargs", devargs), OptionalLong.of(mtuRequest));
        }

        public AddPort withOptions(Map<String, String> more) {
            java.util.Map<String, String> merged = new java.util.HashMap<>(options);
            merged.putAll(more);
            return new AddPort(bridge, name, type, merged, mtuRequest);
        }
    }

    /** {@code set Interface NAME mtu_request=N options:K=V}: an empty mtuRequest leaves it as it is. */
    record SetInterface(String name, OptionalLong mtuRequest, Map<String, String> options) implements ConfigChange {
        public SetInterface {
            options = Map.copyOf(options);
        }

        public static SetInterface mtu(String name, long mtu) {
            return new SetInterface(name, OptionalLong.of(mtu), Map.of());
        }
    }

    /** {@code set Open_vSwitch . other_config:K=V} and {@code remove ... other_config K}. */
    record SetOtherConfig(Map<String, String> values, Set<String> removed) implements ConfigChange {
        public SetOtherConfig {
            values = Map.copyOf(values);
            removed = Set.copyOf(removed);
        }

        public static SetOtherConfig of(String key, String value) {
            return new SetOtherConfig(Map.of(key, value), Set.of());
        }
    }
}
