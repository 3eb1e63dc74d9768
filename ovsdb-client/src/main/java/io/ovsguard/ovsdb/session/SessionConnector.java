package io.ovsguard.ovsdb.session;

import io.ovsguard.ovsdb.OvsdbClient;
import java.util.concurrent.CompletableFuture;

/** Opens one new connection for a session; an implementation may try several remotes in turn. */
@FunctionalInterface
public interface SessionConnector {
    CompletableFuture<OvsdbClient> connect();
}
