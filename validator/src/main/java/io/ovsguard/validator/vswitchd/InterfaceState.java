package io.ovsguard.validator.vswitchd;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One Interface row as ovs-vswitchd left it, plus whether the datapath lists the port (empty when the datapath
 * cannot be asked).
 */
public record InterfaceState(String name, String type, Map<String, String> options, OptionalLong mtuRequest,
                             OptionalLong mtu, Optional<String> error, OptionalLong ofport,
                             Optional<String> linkState, Optional<Boolean> inDatapath) {

    public InterfaceState {
        options = Map.copyOf(options);
    }

    public Optional<String> devargs() {
        return Optional.ofNullable(options.get("dpdk-devargs"));
    }

    /** The add failed: the row says so (error set, or ofport -1). */
    public boolean failed() {
        return error.isPresent() || ofport.orElse(0) < 0;
    }

    /**
     * The row looks healthy but the port is not working: the requested MTU was not applied, or the datapath does
     * not list it (calibration §4.1 finding 1).
     */
    public boolean stale() {
        if (failed()) {
            return false;
        }
        boolean mtuMissed = mtuRequest.isPresent() && mtu.isPresent() && mtu.getAsLong() != mtuRequest.getAsLong();
        return mtuMissed || inDatapath.map(listed -> !listed).orElse(false);
    }

    /** No error, an ofport, the requested MTU applied and (when known) in the datapath. */
    public boolean healthy() {
        return !failed() && !stale() && ofport.orElse(0) >= 1
                && (mtuRequest.isEmpty() || mtu.isPresent());
    }

    public InterfaceState withInDatapath(Optional<Boolean> listed) {
        return new InterfaceState(name, type, options, mtuRequest, mtu, error, ofport, linkState, listed);
    }

    /** {@code error="..." ofport=-1 mtu=1500 mtu_request=9000 link_state=down in datapath: no}. */
    public String describe() {
        return "error=" + error.map(e -> "\"" + e + "\"").orElse("[]")
                + " ofport=" + text(ofport) + " mtu=" + text(mtu) + " mtu_request=" + text(mtuRequest)
                + " link_state=" + linkState.orElse("[]")
                + inDatapath.map(listed -> listed ? ", in the datapath" : ", not in the datapath").orElse("");
    }

    private static String text(OptionalLong value) {
        return value.isPresent() ? Long.toString(value.getAsLong()) : "[]";
    }
}
