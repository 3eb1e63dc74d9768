package io.ovsguard.ovsdb.cluster;

import io.ovsguard.ovsdb.ClientResources;
import io.ovsguard.ovsdb.ConnectionSpec;
import io.ovsguard.ovsdb.OvsdbClient;
import io.ovsguard.ovsdb.OvsdbClients;
import io.ovsguard.ovsdb.error.RequestTimeoutException;
import io.ovsguard.ovsdb.session.SessionConnector;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects to a usable member of a clustered database. Each {@link #connect()} makes one pass over the remotes,
 * starting where the previous pass left off (the very first pass at a random remote, as OVS does, so that many
 * clients spread over the members): it connects, reads the member's {@code _Server} row for the database and keeps
 * the connection only if the member is connected to its cluster, leads it when {@code leaderOnly}, belongs to the
 * cluster seen before and has not applied less of the log than the client already saw. Otherwise it closes the
 * connection and tries the next remote. When no remote is usable the future fails with
 * {@link NoSuitableMemberException}; retrying later (with backoff) is the session's job.
 *
 * <p>With {@code watch}, the accepted client carries a {@link ServerStatusWatch} that closes it as soon as the member
 * stops being usable (for example a leader that lost an election), and tells the optional listener why. The session
 * sees an ordinary connection loss and reconnects through this connector.
 *
 * <p>Thread-safe. Uses the caller's {@link ClientResources}, which the caller closes after its clients.
 */
public final class ClusterConnector implements SessionConnector {
    private static final Logger log = LoggerFactory.getLogger(ClusterConnector.class);

    private final ClusterConnectorSpec spec;
    private final ClientResources resources;
    private final ClusterMembership membership;
    private final MemberLossListener lossListener;
    private final Object cursorLock = new Object();
    private int next;

    public ClusterConnector(ClusterConnectorSpec spec, ClientResources resources) {
        this(spec, resources, new Random(), (client, reason) -> { });
    }

    /**
     * @param random       picks the first remote tried
     * @param lossListener hears why a watched member was given up (after the connector closed its client)
     */
    public ClusterConnector(ClusterConnectorSpec spec, ClientResources resources, Random random,
            MemberLossListener lossListener) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.resources = Objects.requireNonNull(resources, "resources");
        this.lossListener = Objects.requireNonNull(lossListener, "lossListener");
        this.membership = new ClusterMembership();
        this.next = random.nextInt(spec.remotes().size());
    }

    public ClusterConnectorSpec spec() {
        return spec;
    }

    /** What this connector has learnt about the cluster's members so far. */
    public ClusterMembership membership() {
        return membership;
    }

    @Override
    public CompletableFuture<OvsdbClient> connect() {
        List<ConnectionSpec.Active> order = new ArrayList<>();
        synchronized (cursorLock) {
            for (int i = 0; i < spec.remotes().size(); i++) {
                order.add(spec.remotes().get((next + i) % spec.remotes().size()));
            }
            // the next pass starts after this pass's first remote, so a dead member is not always tried first
            next = (next + 1) % spec.remotes().size();
        }
        return tryInTurn(order, 0, new ArrayList<>());
    }

    private CompletableFuture<OvsdbClient> tryInTurn(List<ConnectionSpec.Active> order, int position,
            List<String> reasons) {
        if (position == order.size()) {
            return CompletableFuture.failedFuture(new NoSuitableMemberException(spec.database(), reasons));
        }
        ConnectionSpec.Active remote = order.get(position);
        return tryOne(remote).handle((client, error) -> {
            if (error == null) {
                return CompletableFuture.completedFuture(client);
            }
            String reason = remote + ": " + describe(error);
            log.debug("skipping {}", reason);
            reasons.add(reason);
            return tryInTurn(order, position + 1, reasons);
        }).thenCompose(f -> f);
    }

    private CompletableFuture<OvsdbClient> tryOne(ConnectionSpec.Active remote) {
        return OvsdbClients.connect(remote, spec.options(), resources).thenCompose(client ->
                probe(client)
                        .thenCompose(status -> admit(client, remote, status))
                        .whenComplete((accepted, error) -> {
                            if (error != null) {
                                client.closeAsync();
                            }
                        }));
    }

    /**
     * Reads the member's {@code _Server} row within the probe timeout, which bounds the whole read including the
     * schema fetch before it: a stopped process accepts the connection and then never answers.
     */
    private CompletableFuture<ServerDatabaseStatus> probe(OvsdbClient client) {
        return ServerDatabases.of(client, spec.database(), spec.probeTimeout())
                .orTimeout(spec.probeTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .exceptionallyCompose(error -> CompletableFuture.failedFuture(error instanceof TimeoutException
                        ? new RequestTimeoutException("no _Server answer within " + spec.probeTimeout())
                        : error));
    }

    private CompletableFuture<OvsdbClient> admit(OvsdbClient client, ConnectionSpec.Active remote,
            ServerDatabaseStatus status) {
        membership.observe(remote, status);
        Optional<String> refusal = status.unsuitability(spec.leaderOnly()).or(() -> membership.inconsistency(status));
        if (refusal.isPresent()) {
            return CompletableFuture.failedFuture(new UnsuitableMemberException(refusal.get()));
        }
        membership.accept(remote, status);
        if (!spec.watch()) {
            log.debug("[{}] accepted for {} ({}{})", remote, spec.database(), status.model().token(),
                    status.leader() ? ", leader" : "");
            return CompletableFuture.completedFuture(client);
        }
        return ServerStatusWatch.start(client, spec.database(), spec.leaderOnly(), this::giveUp).thenCompose(watch -> {
            if (watch.isLost()) {
                return CompletableFuture.failedFuture(new UnsuitableMemberException(
                        "it became unusable while the watch started"));
            }
            client.closeFuture().whenComplete((v, e) -> watch.close());
            log.debug("[{}] accepted and watched for {} ({}{})", remote, spec.database(), status.model().token(),
                    status.leader() ? ", leader" : "");
            return CompletableFuture.completedFuture(client);
        });
    }

    private void giveUp(OvsdbClient client, String reason) {
        log.info("[{}] giving the member up: {}", client.remote(), reason);
        client.closeAsync();
        try {
            lossListener.onMemberLost(client, reason);
        } catch (RuntimeException e) {
            log.warn("[{}] member-loss listener failed", client.remote(), e);
        }
    }

    private static String describe(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }
}
