package io.ovsguard.validator.vswitchd;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * One failure line of ovs-vswitchd about one port (or, for a device that could not be attached, about its
 * devargs, since that line names no port).
 *
 * @param port    the port name, if the line names it
 * @param devargs the device arguments, if the line names them instead
 * @param mtu     the MTU a mempool line reports
 * @param socket  the NUMA socket a mempool line reports
 * @param line    the log line (or Interface error text) as read
 */
public record PortSignal(FailureKind kind, Optional<String> port, Optional<String> devargs, OptionalInt mtu,
                         OptionalInt socket, String line) {

    /** True when this signal is about {@code portName} or about the device {@code portDevargs}. */
    public boolean concerns(String portName, Optional<String> portDevargs) {
        return port.map(portName::equals).orElse(false)
                || devargs.isPresent() && devargs.equals(portDevargs);
    }
}
