package io.ovsguard.ovsdb.cluster;

import io.ovsguard.ovsdb.ClientOptions;
import io.ovsguard.ovsdb.ConnectionSpec;
import io.ovsguard.ovsdb.error.ConnectionSpecException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link ClusterConnector} connects to and what it accepts.
 *
 * @param remotes       the cluster's members, e.g. parsed from {@code tcp:127.0.0.1:P1,tcp:127.0.0.1:P2}
 * @param database      the database the client will use (its row in {@code _Server.Database} is checked)
 * @param leaderOnly    accept only the Raft leader (as OVS's IDL does by default); otherwise any connected member
 * @param watch         after connecting, monitor {@code _Server} and close the client when the member becomes
 *                      unusable, so a reconnecting session moves on
 * @param probeTimeout  how long to wait for a member's {@code _Server} answer before trying the next (a stopped
 *                      process accepts connections but never answers)
 */
public record ClusterConnectorSpec(List<ConnectionSpec.Active> remotes, String database, boolean leaderOnly,
        boolean watch, ClientOptions options, Duration probeTimeout) {

    public static final Duration DEFAULT_PROBE_TIMEOUT = Duration.ofSeconds(5);

    public ClusterConnectorSpec {
        remotes = List.copyOf(remotes);
        if (remotes.isEmpty()) {
            throw new ConnectionSpecException("a cluster connector needs at least one remote");
        }
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(probeTimeout, "probeTimeout");
        if (probeTimeout.isNegative() || probeTimeout.isZero()) {
            throw new IllegalArgumentException("probeTimeout must be positive, not " + probeTimeout);
        }
    }

    /**
     * Leader-only, watching, default options, for a comma-separated remote list.
     *
     * @throws ConnectionSpecException naming the bad entry if a remote is malformed or passive
     */
    public static ClusterConnectorSpec leaderOf(String remotes, String database) {
        return new ClusterConnectorSpec(parseActive(remotes), database, true, true, ClientOptions.defaults(),
                DEFAULT_PROBE_TIMEOUT);
    }

    public ClusterConnectorSpec withLeaderOnly(boolean only) {
        return new ClusterConnectorSpec(remotes, database, only, watch, options, probeTimeout);
    }

    public ClusterConnectorSpec withWatch(boolean enabled) {
        return new ClusterConnectorSpec(remotes, database, leaderOnly, enabled, options, probeTimeout);
    }

    public ClusterConnectorSpec withOptions(ClientOptions newOptions) {
        return new ClusterConnectorSpec(remotes, database, leaderOnly, watch, newOptions, probeTimeout);
    }

    public ClusterConnectorSpec withProbeTimeout(Duration timeout) {
        return new ClusterConnectorSpec(remotes, database, leaderOnly, watch, options, timeout);
    }

    private static List<ConnectionSpec.Active> parseActive(String text) {
        List<ConnectionSpec.Active> active = new ArrayList<>();
        for (ConnectionSpec spec : ConnectionSpec.parseList(text)) {
            if (!(spec instanceof ConnectionSpec.Active a)) {
                throw new ConnectionSpecException("\"" + spec + "\" is a passive connection method; a cluster member"
                        + " must be unix:, tcp: or ssl:");
            }
            active.add(a);
        }
        return active;
    }
}
