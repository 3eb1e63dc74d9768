package io.ovsguard.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the ports an OVS daemon bound from its log. OVS 3.1 logs every passive TCP or SSL listener as
 * {@code socket_util|INFO|0:127.0.0.1: listening on port 46161} without saying which remote it belongs to, so the
 * sandbox adds its network remotes one at a time and takes the newest line after each.
 */
final class ListeningPorts {
    private static final Pattern LISTENING = Pattern.compile("\\|socket_util\\|INFO\\|.*: listening on port (\\d+)$");

    private ListeningPorts() {
    }

    /** Every port the log reports as listening, in log order. */
    static List<Integer> in(String log) {
        List<Integer> ports = new ArrayList<>();
        for (String line : log.split("\n")) {
            Matcher m = LISTENING.matcher(line.strip());
            if (m.find()) {
                ports.add(Integer.parseInt(m.group(1)));
            }
        }
        return List.copyOf(ports);
    }
}
