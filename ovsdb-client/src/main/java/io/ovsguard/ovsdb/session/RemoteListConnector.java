package io.ovsguard.ovsdb.session;

import io.ovsguard.ovsdb.ClientOptions;
import io.ovsguard.ovsdb.ClientResources;
import io.ovsguard.ovsdb.ConnectionSpec;
import io.ovsguard.ovsdb.OvsdbClient;
import io.ovsguard.ovsdb.OvsdbClients;
import io.ovsguard.ovsdb.error.ConnectionSpecException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The default {@link SessionConnector}: each attempt connects to the next remote of an OVS
 * connection string such as {@code tcp:127.0.0.1:6641,tcp:127.0.0.1:6642}, round robin, as OVS's
 * own clients do with several remotes.
 */
public final class RemoteListConnector implements SessionConnector {

    private final List<ConnectionSpec.Active> remotes;
    private final ClientOptions options;
    private final ClientResources resources;
    private final AtomicInteger next = new AtomicInteger();

    public RemoteListConnector(List<ConnectionSpec.Active> remotes, ClientOptions options,
            ClientResources resources) {
        this.remotes = List.copyOf(remotes);
        if (this.remotes.isEmpty()) {
            throw new IllegalArgumentException("no remote to connect to");
        }
        this.options = Objects.requireNonNull(options, "options");
        this.resources = Objects.requireNonNull(resources, "resources");
    }

    /**
     * @throws ConnectionSpecException if a remote is malformed or passive
     */
    public static RemoteListConnector parse(String remotes, ClientOptions options, ClientResources resources) {
        List<ConnectionSpec.Active> active = new ArrayList<>();
        for (ConnectionSpec spec : ConnectionSpec.parseList(remotes)) {
            if (!(spec instanceof ConnectionSpec.Active a)) {
                throw new ConnectionSpecException("\"" + spec + "\" is a passive connection method; a session "
                        + "needs unix:, tcp: or ssl:");
            }
            active.add(a);
        }
        return new RemoteListConnector(active, options, resources);
    }

    public List<ConnectionSpec.Active> remotes() {
        return remotes;
    }

    @Override
    public CompletableFuture<OvsdbClient> connect() {
        ConnectionSpec.Active remote = remotes.get(Math.floorMod(next.getAndIncrement(), remotes.size()));
        return OvsdbClients.connect(remote, options, resources);
    }
}
