package io.ovsguard.ovsdb.direct;

import io.ovsguard.ovsdb.error.ConnectionLostException;
import io.ovsguard.ovsdb.error.OutcomeUnknownException;
import io.ovsguard.ovsdb.error.OvsdbException;
import io.ovsguard.ovsdb.jsonrpc.Payload;
import io.ovsguard.ovsdb.jsonrpc.RequestId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The calls of one connection that await their reply, by request id. Once closed, every call still pending has
 * failed and new ones are refused. Thread-safe: callers add, the reader thread completes, a timer expires.
 */
final class PendingReplies {

    /** One call in flight; {@code expiry} is the timer task that fails it, cancelled when the reply comes. */
    record Call(RequestId id, String method, CompletableFuture<Payload> future, ExpiryTimer.Task expiry) {
    }

    // keyed by the id's JSON text: hashing the RequestId record would bind its generated hashCode at run time
    private final Map<String, Call> calls = new ConcurrentHashMap<>();
    private volatile OvsdbException closedBy;

    /** Registers a call; false if the connection is already closed (then the caller fails the call itself). */
    synchronized boolean add(Call call) {
        if (closedBy != null) {
            return false;
        }
        calls.put(call.id().json(), call);
        return true;
    }

    Optional<Call> remove(RequestId id) {
        Call call = calls.remove(id.json());
        if (call != null) {
            call.expiry().cancel();
        }
        return Optional.ofNullable(call);
    }

    boolean isClosed() {
        return closedBy != null;
    }

    Optional<OvsdbException> closedBy() {
        return Optional.ofNullable(closedBy);
    }

    /**
     * Fails every pending call: a {@code transact} with {@link OutcomeUnknownException} (it may have committed),
     * the others with {@link ConnectionLostException}.
     */
    void close(OvsdbException cause, String peer) {
        List<Call> drained;
        synchronized (this) {
            if (closedBy != null) {
                return;
            }
            closedBy = cause;
            drained = new ArrayList<>(calls.values());
            calls.clear();
        }
        for (Call call : drained) {
            call.expiry().cancel();
            String why = " (request id " + call.id() + "): " + cause.getMessage();
            call.future().completeExceptionally("transact".equals(call.method())
                    ? new OutcomeUnknownException("the connection to " + peer + " was lost before the reply to "
                            + "transact; it may or may not have committed" + why, cause)
                    : new ConnectionLostException("the connection to " + peer + " was lost before the reply to "
                            + call.method() + why, cause));
        }
    }
}
