package io.ovsguard.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One member's view of its cluster, parsed from {@code ovs-appctl cluster/status DB} (OVS 3.1 text format). Only the
 * unixctl socket tells this; the OVSDB protocol's {@code _Server} database shows a member's own ids, not its peers.
 *
 * @param serverId the member's full server id (sid)
 * @param clusterId the full cluster id (cid), empty while a joining member does not know it yet
 * @param status    e.g. "cluster member", "joining cluster", "disconnected from the cluster (election timeout)"
 * @param role      "leader", "follower" or "candidate"
 * @param leader    "self", a 4-digit short server id, or "unknown"
 * @param servers   the members this member knows of, by short id
 */
public record ClusterStatus(String serverId, Optional<String> clusterId, String address, String status, String role,
        long term, String leader, List<Server> servers) {

    private static final Pattern FULL_ID = Pattern.compile("\\(([0-9a-f-]{36})\\)");
    private static final Pattern SERVER_LINE = Pattern.compile("^\\s+([0-9a-f]{4}) \\(([0-9a-f]{4}) at ([^)]+)\\)");

    /** One line of the "Servers:" list. */
    public record Server(String shortId, String address) {
        public Server {
            Objects.requireNonNull(shortId, "shortId");
            Objects.requireNonNull(address, "address");
        }
    }

    public ClusterStatus {
        Objects.requireNonNull(serverId, "serverId");
        Objects.requireNonNull(clusterId, "clusterId");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(leader, "leader");
        servers = List.copyOf(servers);
    }

    /** Parses the output of {@code cluster/status}; fails naming the first field it cannot find. */
    public static ClusterStatus parse(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<Server> servers = new ArrayList<>();
        boolean inServers = false;
        for (String line : text.split("\n")) {
            if (inServers) {
                Matcher m = SERVER_LINE.matcher(line);
                if (m.find()) {
                    servers.add(new Server(m.group(1), m.group(3)));
                    continue;
                }
                inServers = false;
            }
            if (line.startsWith("Servers:")) {
                inServers = true;
                continue;
            }
            int colon = line.indexOf(": ");
            if (colon > 0 && !line.startsWith(" ")) {
                fields.putIfAbsent(line.substring(0, colon), line.substring(colon + 2).strip());
            }
        }
        String serverId = fullId(required(fields, "Server ID"))
                .orElseThrow(() -> new SandboxException("cluster/status has no full server id: " + fields));
        String term = required(fields, "Term");
        try {
            return new ClusterStatus(serverId, fullId(fields.getOrDefault("Cluster ID", "")),
                    required(fields, "Address"), required(fields, "Status"), required(fields, "Role"),
                    Long.parseLong(term), required(fields, "Leader"), servers);
        } catch (NumberFormatException e) {
            throw new SandboxException("cluster/status has a malformed term \"" + term + "\"", e);
        }
    }

    /** The first four hex digits of the server id, as OVS abbreviates it. */
    public String shortId() {
        return serverId.substring(0, 4);
    }

    public boolean isMember() {
        return "cluster member".equals(status);
    }

    public boolean isLeader() {
        return "leader".equals(role);
    }

    /** The short id of the member this one follows (its own when it leads); empty if it knows no leader. */
    public Optional<String> leaderShortId() {
        if ("self".equals(leader)) {
            return Optional.of(shortId());
        }
        return "unknown".equals(leader) ? Optional.empty() : Optional.of(leader);
    }

    private static String required(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null) {
            throw new SandboxException("cluster/status output has no \"" + name + ":\" line");
        }
        return value;
    }

    private static Optional<String> fullId(String field) {
        Matcher m = FULL_ID.matcher(field);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
