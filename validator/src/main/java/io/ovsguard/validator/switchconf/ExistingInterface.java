package io.ovsguard.validator.switchconf;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One Interface row as it is now. {@code options} keeps the raw strings (so that a non-numeric {@code n_rxq}
 * becomes a finding, not an exception); integer columns are already typed by the database.
 */
public record ExistingInterface(String name, String type, Map<String, String> options, OptionalLong mtuRequest,
                                OptionalLong mtu, Optional<String> error, OptionalLong ofport) {

    public ExistingInterface {
        options = Map.copyOf(options);
    }

    /** A healthy DPDK port as ovs-vswitchd leaves it after a successful add. */
    public static ExistingInterface dpdk(String name, String devargs, long mtu, long ofport) {
        return new ExistingInterface(name, "dpdk", Map.of("dpdk-devargs", devargs), OptionalLong.of(mtu),
                OptionalLong.of(mtu), Optional.empty(), OptionalLong.of(ofport));
    }

    public boolean isDpdk() {
        return "dpdk".equals(type);
    }

    public Optional<String> option(String key) {
        return Optional.ofNullable(options.get(key));
    }

    /** The add failed: ofport -1 or an error text (memory-model §7). */
    public boolean failed() {
        return error.isPresent() || ofport.orElse(0) < 0;
    }

    /**
     * The row looks healthy but the requested MTU was never applied: after a failed MTU change OVS 3.1 keeps
     * ofport and the old mtu, and the port has left the datapath (calibration §4.1 finding 1).
     */
    public boolean stale() {
        return !failed() && mtu.isPresent() && mtuRequest.isPresent() && mtu.getAsLong() != mtuRequest.getAsLong();
    }

    public ExistingInterface withOptions(Map<String, String> newOptions) {
        return new ExistingInterface(name, type, newOptions, mtuRequest, mtu, error, ofport);
    }

    public ExistingInterface withMtuRequest(OptionalLong newRequest) {
        return new ExistingInterface(name, type, options, newRequest, mtu, error, ofport);
    }
}
