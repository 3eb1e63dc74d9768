package io.ovsguard.ovsdb;

import io.ovsguard.ovsdb.error.ConnectionSpecException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads and checks the text forms of {@link ConnectionSpec}. */
final class ConnectionSpecParser {

    private ConnectionSpecParser() {
    }

    /** The host-name patterns, compiled only when a host is parsed: a CLI's usual unix: remote never needs them. */
    private static final class HostPatterns {
        static final Pattern DNS_LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
        static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+");
        static final Pattern ZONE = Pattern.compile("[A-Za-z0-9_.-]+");

        private HostPatterns() {
        }
    }

    static ConnectionSpec parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ConnectionSpecException("empty connection method; expected e.g. unix:PATH, tcp:IP:PORT or ssl:IP:PORT");
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw invalid(text, "missing ':'; expected unix:, tcp:, ssl:, punix:, ptcp: or pssl:");
        }
        String method = text.substring(0, colon);
        String rest = text.substring(colon + 1);
        switch (method) {
            case "unix":
                return new ConnectionSpec.Unix(path(text, rest));
            case "punix":
                return new ConnectionSpec.PassiveUnix(path(text, rest));
            case "tcp": {
                HostPort hp = activeHostPort(text, rest);
                return new ConnectionSpec.Tcp(hp.host, hp.port);
            }
            case "ssl": {
                HostPort hp = activeHostPort(text, rest);
                return new ConnectionSpec.Ssl(hp.host, hp.port);
            }
            case "ptcp": {
                PortAddress pa = passivePortAddress(text, rest);
                return new ConnectionSpec.PassiveTcp(pa.port, pa.address);
            }
            case "pssl": {
                PortAddress pa = passivePortAddress(text, rest);
                return new ConnectionSpec.PassiveSsl(pa.port, pa.address);
            }
            case "cid":
                throw invalid(text, "cluster ids (cid:) are not supported");
            default:
                throw invalid(text, "unknown method \"" + method + "\"; expected unix, tcp, ssl, punix, ptcp or pssl");
        }
    }

    static List<ConnectionSpec> parseList(String text) {
        if (text == null || text.isBlank()) {
            throw new ConnectionSpecException("empty list of connection methods");
        }
        List<ConnectionSpec> specs = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String trimmed = part.strip();
            if (trimmed.isEmpty()) {
                throw new ConnectionSpecException("empty entry in the list of connection methods \"" + text + "\"");
            }
            specs.add(parse(trimmed));
        }
        return List.copyOf(specs);
    }

    static void requireHost(String host) {
        hostProblem(host).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
    }

    static void requirePort(int port, int min) {
        if (port < min || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not in " + min + "..65535");
        }
    }

    /** The host as it appears in a method: IPv6 addresses in brackets. */
    static String hostText(String host) {
        return host.indexOf(':') >= 0 ? "[" + host + "]" : host;
    }

    private static Path path(String text, String rest) {
        if (rest.isEmpty()) {
            throw invalid(text, "missing socket path");
        }
        try {
            return Path.of(rest);
        } catch (InvalidPathException e) {
            throw invalid(text, "bad socket path: " + e.getReason());
        }
    }

    private static HostPort activeHostPort(String text, String rest) {
        if (rest.isEmpty()) {
            throw invalid(text, "missing host");
        }
        String host;
        String portText;
        if (rest.startsWith("[")) {
            int close = rest.indexOf(']');
            if (close < 0) {
                throw invalid(text, "missing ']' after the IPv6 address");
            }
            host = rest.substring(1, close);
            requireBracketedIpv6(text, host);
            String after = rest.substring(close + 1);
            if (!after.isEmpty() && !after.startsWith(":")) {
                throw invalid(text, "expected ':PORT' after ']'");
            }
            portText = after.isEmpty() ? null : after.substring(1);
        } else {
            int colon = rest.indexOf(':');
            if (colon >= 0 && rest.indexOf(':', colon + 1) >= 0) {
                throw invalid(text, "an IPv6 address must be in brackets, e.g. tcp:[::1]:6640");
            }
            host = colon < 0 ? rest : rest.substring(0, colon);
            portText = colon < 0 ? null : rest.substring(colon + 1);
        }
        checkHost(text, host);
        return new HostPort(host, portText == null ? ConnectionSpec.DEFAULT_PORT : port(text, portText, 1));
    }

    private static PortAddress passivePortAddress(String text, String rest) {
        int colon = rest.indexOf(':');
        String portText = colon < 0 ? rest : rest.substring(0, colon);
        int port = portText.isEmpty() ? ConnectionSpec.DEFAULT_PORT : port(text, portText, 0);
        if (colon < 0) {
            return new PortAddress(port, Optional.empty());
        }
        String address = rest.substring(colon + 1);
        if (address.startsWith("[")) {
            if (!address.endsWith("]")) {
                throw invalid(text, "missing ']' after the IPv6 address");
            }
            address = address.substring(1, address.length() - 1);
            requireBracketedIpv6(text, address);
        } else if (address.indexOf(':') >= 0) {
            throw invalid(text, "an IPv6 address must be in brackets, e.g. ptcp:6640:[::1]");
        }
        checkHost(text, address);
        return new PortAddress(port, Optional.of(address));
    }

    private static void requireBracketedIpv6(String text, String host) {
        if (host.indexOf(':') < 0) {
            throw invalid(text, "\"" + host + "\" is not a valid IPv6 address; only IPv6 addresses go in brackets");
        }
    }

    private static int port(String text, String portText, int min) {
        if (portText.isEmpty() || portText.length() > 5 || !portText.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw invalid(text, "port \"" + portText + "\" is not a number");
        }
        int port = Integer.parseInt(portText);
        if (port < min || port > 65535) {
            throw invalid(text, "port " + port + " is not in " + min + "..65535");
        }
        return port;
    }

    private static void checkHost(String text, String host) {
        hostProblem(host).ifPresent(problem -> {
            throw invalid(text, problem);
        });
    }

    private static Optional<String> hostProblem(String host) {
        if (host == null || host.isEmpty()) {
            return Optional.of("missing host");
        }
        if (host.indexOf(':') >= 0) {
            return ipv6Problem(host);
        }
        if (host.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'))) {
            return ipv4Problem(host);
        }
        if (host.length() > 253) {
            return Optional.of("host name is longer than 253 characters");
        }
        for (String label : host.split("\\.", -1)) {
            if (!HostPatterns.DNS_LABEL.matcher(label).matches()) {
                return Optional.of("\"" + host + "\" is neither an IP address nor a valid host name");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> ipv4Problem(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.of("\"" + host + "\" is not a valid IPv4 address");
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || Integer.parseInt(part) > 255) {
                return Optional.of("\"" + host + "\" is not a valid IPv4 address");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> ipv6Problem(String host) {
        int percent = host.indexOf('%');
        String address = percent < 0 ? host : host.substring(0, percent);
        if (percent >= 0 && !HostPatterns.ZONE.matcher(host.substring(percent + 1)).matches()) {
            return Optional.of("\"" + host + "\" has an invalid IPv6 zone");
        }
        if (!HostPatterns.IPV6_CHARS.matcher(address).matches() || address.charAt(0) == '.') {
            return Optional.of("\"" + host + "\" is not a valid IPv6 address");
        }
        try {
            // A text containing ':' is only ever parsed as an IPv6 literal, never looked up in DNS.
            InetAddress.getByName(address);
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of("\"" + host + "\" is not a valid IPv6 address");
        }
    }

    private static ConnectionSpecException invalid(String text, String problem) {
        return new ConnectionSpecException("invalid connection method \"" + text + "\": " + problem);
    }

    private record HostPort(String host, int port) {
    }

    private record PortAddress(int port, Optional<String> address) {
    }
}
