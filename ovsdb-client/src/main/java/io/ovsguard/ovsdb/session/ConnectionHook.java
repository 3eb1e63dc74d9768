package io.ovsguard.ovsdb.session;

import io.ovsguard.ovsdb.OvsdbClient;
import java.util.concurrent.CompletableFuture;

/**
 * Work a session does on every new connection before it counts as connected, such as starting a
 * monitor or taking a lock. A failed hook closes the connection and the session tries again later.
 */
@FunctionalInterface
public interface ConnectionHook {

    CompletableFuture<Void> onConnected(OvsdbClient client);
}
