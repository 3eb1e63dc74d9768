package io.ovsguard.ovsdb.session;

import io.ovsguard.ovsdb.LockListener;
import io.ovsguard.ovsdb.OvsdbClient;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The locks a session wants, asked for again on every connection (a lock belongs to a connection
 * and dies with it). Tracks which of them this session holds now.
 */
final class SessionLocks implements ConnectionHook {

    private final Set<String> wanted = ConcurrentHashMap.newKeySet();
    private final Map<String, Boolean> held = new ConcurrentHashMap<>();
    private final AtomicReference<OvsdbClient> connection = new AtomicReference<>();

    @Override
    public CompletableFuture<Void> onConnected(OvsdbClient client) {
        held.clear();
        connection.set(client);
        client.addLockListener(new LockListener() {
            @Override
            public void locked(String lockId) {
                if (connection.get() == client && wanted.contains(lockId)) {
                    held.put(lockId, true);
                }
            }

            @Override
            public void stolen(String lockId) {
                if (connection.get() == client) {
                    held.put(lockId, false);
                }
            }
        });
        CompletableFuture<Void> all = CompletableFuture.completedFuture(null);
        for (String lockId : wanted) {
            all = all.thenCompose(ignored -> request(client, lockId).thenApply(got -> null));
        }
        return all;
    }

    /** Wants {@code lockId} from now on; asks for it on {@code client} if connected. */
    CompletableFuture<Boolean> lock(String lockId, CompletableFuture<OvsdbClient> client) {
        wanted.add(lockId);
        return client.thenCompose(c -> request(c, lockId));
    }

    CompletableFuture<Void> unlock(String lockId, CompletableFuture<OvsdbClient> client) {
        wanted.remove(lockId);
        held.remove(lockId);
        return client.thenCompose(c -> c.unlock(lockId));
    }

    boolean holds(String lockId) {
        return held.getOrDefault(lockId, false);
    }

    private CompletableFuture<Boolean> request(OvsdbClient client, String lockId) {
        return client.lock(lockId).thenApply(got -> {
            if (connection.get() == client) {
                held.merge(lockId, got, Boolean::logicalOr);
            }
            return got;
        });
    }
}
