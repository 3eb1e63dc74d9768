package io.ovsguard.ovsdb;

import io.ovsguard.ovsdb.error.ConnectionSpecException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An OVSDB connection method in the syntax of {@code ovsdb-server --remote} and
 * {@code ovs-vsctl --db} (see "Connection Methods" in {@code ovsdb(7)}).
 *
 * <p>Active methods connect out: {@code unix:PATH}, {@code tcp:HOST[:PORT]}, {@code ssl:HOST[:PORT]}.
 * Passive methods listen: {@code punix:PATH}, {@code ptcp:[PORT][:IP]}, {@code pssl:[PORT][:IP]};
 * note that passive methods put the port first. Ports default to {@value #DEFAULT_PORT}; IPv6
 * addresses go in brackets ({@code tcp:[::1]:6640}). {@link #toString()} prints the canonical form,
 * always with the port, which {@link #parse} reads back to an equal value.
 */
public sealed interface ConnectionSpec permits ConnectionSpec.Active, ConnectionSpec.Passive {

    /** The IANA port for OVSDB, used when a method omits the port. */
    int DEFAULT_PORT = 6640;

    /**
     * Parses one connection method.
     *
     * @throws ConnectionSpecException with a one-line message naming the problem
     */
    static ConnectionSpec parse(String text) {
        return ConnectionSpecParser.parse(text);
    }

    /** Parses a comma-separated list of methods (spaces after commas allowed), as for a cluster. */
    static List<ConnectionSpec> parseList(String text) {
        return ConnectionSpecParser.parseList(text);
    }

    /** Parses one method and requires it to be active (unix, tcp, ssl). */
    static Active parseActive(String text) {
        ConnectionSpec spec = parse(text);
        if (spec instanceof Active active) {
            return active;
        }
        throw new ConnectionSpecException("\"" + text + "\" is a passive connection method; expected unix:, tcp: or ssl:");
    }

    /** Whether the connection uses TLS. */
    boolean isTls();

    /** A method that connects to a listening peer. */
    sealed interface Active extends ConnectionSpec permits Unix, Tcp, Ssl {
    }

    /** A method that listens for peers to connect, such as a manager that switches connect to. */
    sealed interface Passive extends ConnectionSpec permits PassiveUnix, PassiveTcp, PassiveSsl {
    }

    /** {@code unix:PATH}: connect to a Unix domain socket. */
    record Unix(Path path) implements Active {
        public Unix {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public boolean isTls() {
            return false;
        }

        @Override
        public String toString() {
            return "unix:" + path;
        }
    }

    /** {@code tcp:HOST:PORT}: connect over plain TCP. {@code host} is an IP address or a DNS name, without brackets. */
    record Tcp(String host, int port) implements Active {
        public Tcp {
            ConnectionSpecParser.requireHost(host);
            ConnectionSpecParser.requirePort(port, 1);
        }

        @Override
        public boolean isTls() {
            return false;
        }

        @Override
        public String toString() {
            return "tcp:" + ConnectionSpecParser.hostText(host) + ":" + port;
        }
    }

    /** {@code ssl:HOST:PORT}: connect over TLS. */
    record Ssl(String host, int port) implements Active {
        public Ssl {
            ConnectionSpecParser.requireHost(host);
            ConnectionSpecParser.requirePort(port, 1);
        }

        @Override
        public boolean isTls() {
            return true;
        }

        @Override
        public String toString() {
            return "ssl:" + ConnectionSpecParser.hostText(host) + ":" + port;
        }
    }

    /** {@code punix:PATH}: listen on a Unix domain socket. */
    record PassiveUnix(Path path) implements Passive {
        public PassiveUnix {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public boolean isTls() {
            return false;
        }

        @Override
        public String toString() {
            return "punix:" + path;
        }
    }

    /** {@code ptcp:PORT[:IP]}: listen on TCP; port 0 picks a free port; no address means all IPv4 addresses. */
    record PassiveTcp(int port, Optional<String> address) implements Passive {
        public PassiveTcp {
            ConnectionSpecParser.requirePort(port, 0);
            Objects.requireNonNull(address, "address").ifPresent(ConnectionSpecParser::requireHost);
        }

        @Override
        public boolean isTls() {
            return false;
        }

        @Override
        public String toString() {
            return "ptcp:" + port + address.map(a -> ":" + ConnectionSpecParser.hostText(a)).orElse("");
        }
    }

    /** {@code pssl:PORT[:IP]}: listen for TLS connections. */
    record PassiveSsl(int port, Optional<String> address) implements Passive {
        public PassiveSsl {
            ConnectionSpecParser.requirePort(port, 0);
            Objects.requireNonNull(address, "address").ifPresent(ConnectionSpecParser::requireHost);
        }

        @Override
        public boolean isTls() {
            return true;
        }

        @Override
        public String toString() {
            return "pssl:" + port + address.map(a -> ":" + ConnectionSpecParser.hostText(a)).orElse("");
        }
    }
}
