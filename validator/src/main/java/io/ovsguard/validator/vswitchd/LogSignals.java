package io.ovsguard.validator.vswitchd;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the port failure lines of an ovs-vswitchd log (or an Interface {@code error} text). Only the lines that say
 * "memory pool for netdev" identify a mempool failure; the bridge and dpif lines that follow ("could not add network
 * device ... (Invalid argument)") name no cause and are not signals (memory-model §7).
 */
public final class LogSignals {

    private static final Pattern MEMPOOL = Pattern.compile(
            "(?:Failed to create|Insufficient memory to create) memory pool for netdev (\\S+), with MTU (\\d+) on"
                    + " socket (-?\\d+)");
    private static final Pattern SETUP = Pattern.compile(
            "Interface (\\S+?)(?:\\(.*?\\))? (?:configure error|unable to setup [rt]xq|start error)");
    private static final Pattern ATTACH = Pattern.compile("Error attaching device '([^']*)' to DPDK");
    private static final Pattern MISSING = Pattern.compile("'([^']+)' is missing 'options:dpdk-devargs'");
    private static final Pattern IN_USE = Pattern.compile(
            "'([^']+)' is trying to use device '([^']*)' which is already in use");
    private static final Pattern UNKNOWN_TYPE = Pattern.compile("could not create netdev (\\S+) of unknown type dpdk");
    private static final Pattern MTU = Pattern.compile("(\\S+): unsupported MTU (\\d+)");

    private LogSignals() {
    }

    /** Every signal in {@code lines}, in order. */
    public static List<PortSignal> parse(List<String> lines) {
        List<PortSignal> out = new ArrayList<>();
        for (String line : lines) {
            parseLine(line).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    /** The signal in one line, if it is one. */
    public static Optional<PortSignal> parseLine(String line) {
        Matcher m = MEMPOOL.matcher(line);
        if (m.find()) {
            return Optional.of(new PortSignal(FailureKind.MEMPOOL, Optional.of(m.group(1)), Optional.empty(),
                    OptionalInt.of(Integer.parseInt(m.group(2))), OptionalInt.of(Integer.parseInt(m.group(3))),
                    line));
        }
        m = SETUP.matcher(line);
        if (m.find()) {
            return named(FailureKind.DEVICE_SETUP, m.group(1), line);
        }
        m = ATTACH.matcher(line);
        if (m.find()) {
            return Optional.of(new PortSignal(FailureKind.DEVICE_NOT_ATTACHED, Optional.empty(),
                    Optional.of(m.group(1)), OptionalInt.empty(), OptionalInt.empty(), line));
        }
        m = MISSING.matcher(line);
        if (m.find()) {
            return named(FailureKind.DEVARGS_MISSING, m.group(1), line);
        }
        m = IN_USE.matcher(line);
        if (m.find()) {
            return named(FailureKind.DEVICE_IN_USE, m.group(1), line);
        }
        m = UNKNOWN_TYPE.matcher(line);
        if (m.find()) {
            return named(FailureKind.DPDK_NOT_INITIALIZED, m.group(1), line);
        }
        m = MTU.matcher(line);
        if (m.find()) {
            return Optional.of(new PortSignal(FailureKind.MTU_UNSUPPORTED, Optional.of(m.group(1)), Optional.empty(),
                    OptionalInt.of(Integer.parseInt(m.group(2))), OptionalInt.empty(), line));
        }
        return Optional.empty();
    }

    private static Optional<PortSignal> named(FailureKind kind, String port, String line) {
        return Optional.of(new PortSignal(kind, Optional.of(port), Optional.empty(), OptionalInt.empty(),
                OptionalInt.empty(), line));
    }
}
