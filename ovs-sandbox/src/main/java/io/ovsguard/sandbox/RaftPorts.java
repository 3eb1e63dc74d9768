package io.ovsguard.sandbox;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses loopback ports for Raft listeners. A Raft address is written into the database file and must stay the same
 * across restarts, so it cannot be an ephemeral {@code ptcp:0} port; it is drawn from below Linux's ephemeral range
 * (32768 and up by default), where outgoing connections never take a port a killed member needs again.
 */
final class RaftPorts {
    static final int LOWEST = 20000;
    static final int HIGHEST = 32000;
    private static final int ATTEMPTS = 200;

    private RaftPorts() {
    }

    /** {@code count} distinct ports that were free on 127.0.0.1 when checked. */
    static List<Integer> pick(int count) {
        SecureRandom random = new SecureRandom();
        Set<Integer> ports = new LinkedHashSet<>();
        for (int attempt = 0; attempt < ATTEMPTS && ports.size() < count; attempt++) {
            int port = LOWEST + random.nextInt(HIGHEST - LOWEST + 1);
            if (!ports.contains(port) && isFree(port)) {
                ports.add(port);
            }
        }
        if (ports.size() < count) {
            throw new SandboxException("found only " + ports.size() + " of " + count + " free loopback ports between "
                    + LOWEST + " and " + HIGHEST + " after " + ATTEMPTS + " tries");
        }
        return List.copyOf(ports);
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
