package io.ovsguard.ovsdb.session;

import io.ovsguard.ovsdb.LockListener;
import io.ovsguard.ovsdb.OvsdbClient;
import io.ovsguard.ovsdb.error.RpcErrorException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The locks a session wants, asked for again on every connection (a lock belongs to a connection
 * and dies with it). Each lock is requested at most once per connection, whoever asks first (the
 * connection hook or a caller), and this tracks which of them the session holds now.
 */
final class SessionLocks implements ConnectionHook {

    private static final Logger log = LoggerFactory.getLogger(SessionLocks.class);

    /** The lock requests and holdings of one connection. */
    private record PerConnection(OvsdbClient client, Map<String, CompletableFuture<Boolean>> requests,
            Map<String, Boolean> held) {
    }

    private final Set<String> wanted = ConcurrentHashMap.newKeySet();
    private final AtomicReference<PerConnection> connection = new AtomicReference<>();

    @Override
    public CompletableFuture<Void> onConnected(OvsdbClient client) {
        PerConnection current = new PerConnection(client, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        connection.set(current);
        client.addLockListener(new LockListener() {
            @Override
            public void locked(String lockId) {
                current.held().put(lockId, true);
            }

            @Override
            public void stolen(String lockId) {
                current.held().put(lockId, false);
            }
        });
        CompletableFuture<Void> all = CompletableFuture.completedFuture(null);
        for (String lockId : wanted) {
            all = all.thenCompose(ignored -> request(client, lockId).handle((got, error) -> {
                if (error != null && !(OvsdbSession.unwrap(error) instanceof RpcErrorException)) {
                    throw error instanceof CompletionException c ? c : new CompletionException(error);
                }
                return null;
            }));
        }
        return all;
    }

    /** Wants {@code lockId} from now on and asks for it on the connection {@code client} completes with. */
    CompletableFuture<Boolean> lock(String lockId, CompletableFuture<OvsdbClient> client) {
        wanted.add(lockId);
        return client.thenCompose(c -> request(c, lockId));
    }

    CompletableFuture<Void> unlock(String lockId, CompletableFuture<OvsdbClient> client) {
        wanted.remove(lockId);
        return client.thenCompose(c -> {
            PerConnection current = connection.get();
            if (current != null && current.client() == c) {
                current.requests().remove(lockId);
                current.held().remove(lockId);
            }
            return c.unlock(lockId);
        });
    }

    boolean holds(String lockId) {
        PerConnection current = connection.get();
        return current != null && current.held().getOrDefault(lockId, false);
    }

    private CompletableFuture<Boolean> request(OvsdbClient client, String lockId) {
        PerConnection current = connection.get();
        if (current == null || current.client() != client) {
            return client.lock(lockId);
        }
        return current.requests().computeIfAbsent(lockId, id -> client.lock(id).handle((got, error) -> {
            if (error != null) {
                if (OvsdbSession.unwrap(error) instanceof RpcErrorException refused) {
                    // the server refused this lock (a malformed name, say): stop asking for it, so
                    // that every later connection is not refused too; the caller sees the error
                    wanted.remove(id);
                    log.warn("the server refused lock {}; no longer asking for it: {}", id, refused.getMessage());
                    throw refused;
                }
                throw error instanceof CompletionException c ? c : new CompletionException(error);
            }
            current.held().merge(id, got, Boolean::logicalOr);
            return got;
        }));
    }
}
