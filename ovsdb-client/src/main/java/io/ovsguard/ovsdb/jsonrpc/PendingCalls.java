package io.ovsguard.ovsdb.jsonrpc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The calls of one connection that await a response, by request id.
 *
 * <p>Responses are matched by id, never by order: ovsdb-server may answer a later request (for
 * example {@code echo}) before an earlier slow {@code transact}. Only the connection's event loop
 * changes the map; {@link #size()} may be read from any thread.
 */
public final class PendingCalls {

    private final Map<RequestId, PendingCall> calls = new ConcurrentHashMap<>();

    /** @throws IllegalStateException if a call with the same id is already pending */
    public void add(PendingCall call) {
        PendingCall previous = calls.putIfAbsent(call.id(), call);
        if (previous != null) {
            throw new IllegalStateException("request id " + call.id() + " is already pending for " + previous.method());
        }
    }

    /** Removes and returns the call with this id, if it is still pending. */
    public Optional<PendingCall> remove(RequestId id) {
        return Optional.ofNullable(calls.remove(id));
    }

    /** Removes every call and returns them, oldest id first where ids are numbers. */
    public List<PendingCall> drain() {
        List<PendingCall> drained = new ArrayList<>();
        for (RequestId id : List.copyOf(calls.keySet())) {
            remove(id).ifPresent(drained::add);
        }
        drained.sort(Comparator.comparing(PendingCall::id, PendingCalls::compareIds));
        return drained;
    }

    /** Whether the call with this id still awaits its response. */
    public boolean contains(RequestId id) {
        return calls.containsKey(id);
    }

    public int size() {
        return calls.size();
    }

    /** A snapshot of the pending calls, for diagnostics. */
    public Collection<PendingCall> snapshot() {
        return List.copyOf(calls.values());
    }

    private static int compareIds(RequestId a, RequestId b) {
        int byLength = Integer.compare(a.json().length(), b.json().length());
        return byLength != 0 ? byLength : a.json().compareTo(b.json());
    }
}
