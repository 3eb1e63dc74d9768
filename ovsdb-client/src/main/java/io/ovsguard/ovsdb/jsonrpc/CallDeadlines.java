package io.ovsguard.ovsdb.jsonrpc;

import io.netty.channel.Channel;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The reply deadlines of one connection's calls, enforced by one scheduled sweep instead of a
 * timer task per call: thousands of pipelined calls then cost a queue entry each, not a task in the
 * event loop's priority queue that must be cancelled again when the reply comes.
 *
 * <p>Calls are kept in send order. Answered calls leave the front of the queue as replies and new
 * calls come, so the queue holds roughly the calls in flight, and the sweep stops once none is
 * left. The sweep runs at the earliest deadline, expires
 * every call that is due and schedules itself again; when many deadlines fall close together, it
 * runs at most once per {@link #GRANULARITY_NANOS}, so a call may expire that much late, never early.
 * Event loop only.
 */
final class CallDeadlines {

    static final long GRANULARITY_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private record Entry(RequestId id, long deadline) {
    }

    private final Channel channel;
    private final Predicate<RequestId> stillPending;
    private final Consumer<RequestId> expire;
    private final ArrayDeque<Entry> entries = new ArrayDeque<>();
    private ScheduledFuture<?> sweep;
    private long sweepAt;

    /**
     * @param stillPending whether a call still awaits its reply
     * @param expire fails a call whose deadline passed; called only for calls still pending
     */
    CallDeadlines(Channel channel, Predicate<RequestId> stillPending, Consumer<RequestId> expire) {
        this.channel = channel;
        this.stillPending = stillPending;
        this.expire = expire;
    }

    /** Starts the clock of a call that was just sent. */
    void track(RequestId id, long timeoutNanos) {
        dropAnsweredFront();
        long deadline = now() + timeoutNanos;
        entries.addLast(new Entry(id, deadline));
        if (sweep == null || deadline < sweepAt) {
            scheduleSweep(deadline);
        }
    }

    /**
     * Forgets the answered calls at the front of the queue, and stops the sweep once no call is
     * left: a burst of pipelined calls is answered in order, and its entries would otherwise stay
     * until the next call is sent.
     */
    void forgetAnswered() {
        dropAnsweredFront();
        if (entries.isEmpty() && sweep != null) {
            sweep.cancel(false);
            sweep = null;
        }
    }

    private void dropAnsweredFront() {
        while (!entries.isEmpty() && !stillPending.test(entries.peekFirst().id())) {
            entries.pollFirst();
        }
    }

    /** Forgets every call and stops the sweep, for a connection that closed. */
    void clear() {
        entries.clear();
        if (sweep != null) {
            sweep.cancel(false);
            sweep = null;
        }
    }

    private void scheduleSweep(long at) {
        if (sweep != null) {
            sweep.cancel(false);
        }
        sweepAt = at;
        sweep = channel.eventLoop().schedule(this::sweep, Math.max(0, at - now()), TimeUnit.NANOSECONDS);
    }

    private void sweep() {
        sweep = null;
        long now = now();
        long earliest = Long.MAX_VALUE;
        for (Iterator<Entry> it = entries.iterator(); it.hasNext(); ) {
            Entry entry = it.next();
            if (!stillPending.test(entry.id())) {
                it.remove();
            } else if (entry.deadline() <= now) {
                it.remove();
                expire.accept(entry.id());
            } else {
                earliest = Math.min(earliest, entry.deadline());
            }
        }
        if (earliest != Long.MAX_VALUE) {
            scheduleSweep(Math.max(earliest, now + GRANULARITY_NANOS));
        }
    }

    private long now() {
        // the loop's own clock, which tests can freeze and advance
        return channel.eventLoop().ticker().nanoTime();
    }
}
