package io.ovsguard.sandbox;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the Open vSwitch version out of an OVS program's {@code --version} output. */
final class OvsVersionLine {

    private static final Pattern VERSION = Pattern.compile("\\(Open vSwitch\\) (\\d+\\.\\d+\\.\\d+)");

    private OvsVersionLine() {
    }

    /** "3.1.0" from "ovs-vswitchd-dpdk (Open vSwitch) 3.1.0\nDPDK 22.11.11", or empty if no line says it. */
    static Optional<String> parse(String versionOutput) {
        Matcher matcher = VERSION.matcher(versionOutput);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
