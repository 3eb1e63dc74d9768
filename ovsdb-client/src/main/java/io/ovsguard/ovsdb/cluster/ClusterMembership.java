package io.ovsguard.ovsdb.cluster;

import java.util.Comparator;
import io.ovsguard.ovsdb.ConnectionSpec;
import io.ovsguard.ovsdb.notation.Uuid;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The cluster as one client has seen it: for each configured remote, what its {@code _Server} said last (server id,
 * leader flag, applied index), plus the cluster id and the highest index seen anywhere.
 *
 * <p><b>Limit:</b> the OVSDB protocol shows a client only each member's own ids. The member list, the peers' Raft
 * addresses and the leader's identity as the followers see it come from {@code ovs-appctl cluster/status}, which is
 * reachable only on the server's unixctl socket. So membership here is "the configured remotes, and which server id
 * answered at each"; a member added with {@code join-cluster} at an address the client was not given stays unknown,
 * and a member's departure shows only as its remote becoming unreachable.
 *
 * <p>Thread-safe; readers get immutable snapshots.
 */
public final class ClusterMembership {
    private final Clock clock;
    private final Map<ConnectionSpec.Active, MemberObservation> byRemote = new LinkedHashMap<>();
    private Optional<Uuid> cid = Optional.empty();
    private OptionalLong highestIndex = OptionalLong.empty();

    public ClusterMembership() {
        this(Clock.systemUTC());
    }

    public ClusterMembership(Clock clock) {
        this.clock = clock;
    }

    /** Records what {@code remote} said; the first clustered answer fixes the cluster id. */
    public synchronized void observe(ConnectionSpec.Active remote, ServerDatabaseStatus status) {
        byRemote.put(remote, new MemberObservation(remote, status, clock.instant()));
        if (cid.isEmpty()) {
            cid = status.cid();
        }
    }

    /**
     * Records that the client now reads from {@code remote}: its index becomes the floor for later members, since
     * the client may already have seen data up to it.
     */
    public synchronized void accept(ConnectionSpec.Active remote, ServerDatabaseStatus status) {
        observe(remote, status);
        status.index().ifPresent(i -> {
            if (highestIndex.isEmpty() || i > highestIndex.getAsLong()) {
                highestIndex = OptionalLong.of(i);
            }
        });
    }

    /** The cluster id all members must share, once one member told it. */
    public synchronized Optional<Uuid> clusterId() {
        return cid;
    }

    /** The highest Raft index of a member the client read from: a member behind it would show older data. */
    public synchronized OptionalLong highestIndex() {
        return highestIndex;
    }

    /** The latest observation per remote, in the order remotes were first seen. */
    public synchronized List<MemberObservation> observations() {
        return List.copyOf(byRemote.values());
    }

    /** Server id per remote, for the remotes that answered with one. */
    public synchronized Map<ConnectionSpec.Active, Uuid> serverIds() {
        Map<ConnectionSpec.Active, Uuid> ids = new LinkedHashMap<>();
        byRemote.forEach((remote, seen) -> seen.status().sid().ifPresent(sid -> ids.put(remote, sid)));
        return Collections.unmodifiableMap(ids);
    }

    /** The remote that most recently said it leads, if any did. */
    public synchronized Optional<ConnectionSpec.Active> lastKnownLeader() {
        return byRemote.values().stream()
                .filter(o -> o.status().leader() && o.status().isClustered())
                .max(Comparator.comparing(MemberObservation::seenAt))
                .map(MemberObservation::remote);
    }

    /**
     * Why {@code status} must be refused even if it is connected (or leads): it belongs to another cluster, or it
     * has applied less of the log than the client already saw, so reading from it would go back in time.
     */
    public synchronized Optional<String> inconsistency(ServerDatabaseStatus status) {
        if (cid.isPresent() && status.cid().isPresent() && !cid.get().equals(status.cid().get())) {
            return Optional.of("it belongs to cluster " + status.cid().get() + ", not " + cid.get());
        }
        if (highestIndex.isPresent() && status.index().isPresent()
                && status.index().getAsLong() < highestIndex.getAsLong()) {
            return Optional.of("its log index " + status.index().getAsLong() + " is behind " + highestIndex.getAsLong()
                    + ", already seen");
        }
        return Optional.empty();
    }
}
