package io.ovsguard.ovsdb.direct;

import java.time.Duration;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fails a connection's calls whose reply is late, on one daemon thread. A {@link Timer}, not a
 * {@code ScheduledThreadPoolExecutor}: the executor's thread container looks up its fields by {@code VarHandle} when
 * first used, about 0.35 ms of a short process's interpreted start-up. A timer keeps cancelled tasks queued until
 * their time, so every {@value #PURGE_EVERY} cancellations purge them: a long-lived connection's queue holds about
 * as many tasks as it has calls in flight.
 */
final class ExpiryTimer {

    static final int PURGE_EVERY = 1024;
    // the timer computes "now + delay" in milliseconds: a longer wait would overflow it (and never comes anyway)
    private static final long MAX_DELAY_MILLIS = Duration.ofDays(365L * 100).toMillis();

    private final Timer timer;
    private final AtomicInteger cancellations = new AtomicInteger();

    ExpiryTimer(String threadName) {
        this.timer = new Timer(threadName, true);
    }

    /**
     * Runs {@code expiry} after {@code delay} unless the returned task is cancelled first.
     *
     * @throws RejectedExecutionException once the timer is stopped
     */
    Task schedule(Runnable expiry, Duration delay) {
        Task task = new Task(expiry);
        // the timer's clock counts whole milliseconds, part of the current one already gone: one more keeps an expiry
        // from coming before its delay (a caller then finds its own deadline passed, as the CLI's --timeout must)
        long millis = delay.isNegative() || delay.isZero() ? 0
                : delay.compareTo(Duration.ofMillis(MAX_DELAY_MILLIS)) > 0 ? MAX_DELAY_MILLIS
                : (delay.toNanos() + 999_999) / 1_000_000 + 1;
        try {
            timer.schedule(task, millis);
        } catch (IllegalStateException stopped) {
            throw new RejectedExecutionException("the expiry timer is stopped", stopped);
        }
        return task;
    }

    /** Stops the thread; tasks not run yet never run. */
    void stop() {
        timer.cancel();
    }

    /** How many cancelled tasks the timer still holds (tests). */
    int purge() {
        return timer.purge();
    }

    /** The logger, created on first use: a short-lived process that logs nothing never starts the logging back end. */
    private static final class Holder {
        static final Logger LOG = LoggerFactory.getLogger(ExpiryTimer.class);
    }

    /** An expiry that counts its cancellation towards the next purge. */
    final class Task extends TimerTask {
        private final Runnable expiry;

        private Task(Runnable expiry) {
            this.expiry = expiry;
        }

        @Override
        public void run() {
            try {
                expiry.run();
            } catch (RuntimeException e) {
                // a timer's thread dies with an exception its task throws, and every later expiry with it
                Holder.LOG.error("a request's expiry failed", e);
            }
        }

        @Override
        public boolean cancel() {
            boolean wasScheduled = super.cancel();
            if (wasScheduled && cancellations.incrementAndGet() % PURGE_EVERY == 0) {
                timer.purge();
            }
            return wasScheduled;
        }
    }
}
