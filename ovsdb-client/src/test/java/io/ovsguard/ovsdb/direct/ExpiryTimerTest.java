package io.ovsguard.ovsdb.direct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExpiryTimerTest {

    private final ExpiryTimer timer = new ExpiryTimer("expiry-timer-test");

    @AfterEach
    void stop() {
        timer.stop();
    }

    @Test
    void runsAnExpiryAfterItsDelayAndACancelledOneNever() throws InterruptedException {
        CountDownLatch expired = new CountDownLatch(1);
        AtomicInteger cancelledRuns = new AtomicInteger();
        ExpiryTimer.Task cancelled = timer.schedule(cancelledRuns::incrementAndGet, Duration.ofMillis(20));
        long start = System.nanoTime();
        timer.schedule(expired::countDown, Duration.ofMillis(50));

        assertThat(cancelled.cancel()).isTrue();
        assertThat(expired.await(5, TimeUnit.SECONDS)).isTrue();
        // the timer counts whole milliseconds of the wall clock: allow for the one it started in
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(Duration.ofMillis(48).toNanos());
        assertThat(cancelledRuns).hasValue(0);
        assertThat(cancelled.cancel()).as("a second cancel finds nothing to cancel").isFalse();
    }

    @Test
    void cancelledTasksArePurgedSoALongLivedConnectionsQueueStaysSmall() {
        for (int i = 0; i < ExpiryTimer.PURGE_EVERY - 1; i++) {
            timer.schedule(() -> { }, Duration.ofHours(1)).cancel();
        }
        timer.schedule(() -> { }, Duration.ofHours(1)).cancel();

        assertThat(timer.purge()).as("cancelled tasks left after the automatic purge").isZero();
    }

    @Test
    void aDelayTooLongForMillisecondArithmeticStillSchedules() {
        ExpiryTimer.Task task = timer.schedule(() -> { }, Duration.ofSeconds(Long.MAX_VALUE));
        assertThat(task.cancel()).isTrue();
        ExpiryTimer.Task past = timer.schedule(() -> { }, Duration.ofMillis(-5));
        assertThat(past).isNotNull();
    }

    @Test
    void aStoppedTimerRefusesNewExpiries() {
        timer.stop();

        assertThatThrownBy(() -> timer.schedule(() -> { }, Duration.ofSeconds(1)))
                .isInstanceOf(RejectedExecutionException.class).hasMessage("the expiry timer is stopped");
    }

    @Test
    void anExpiryThatThrowsLeavesTheTimerRunningForTheOthers() throws InterruptedException {
        CountDownLatch later = new CountDownLatch(1);
        timer.schedule(() -> {
            throw new IllegalStateException("a listener's bug");
        }, Duration.ZERO);
        Thread.sleep(50);

        timer.schedule(later::countDown, Duration.ofMillis(1));

        assertThat(later.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void anExpiryNeverComesBeforeItsDelay() throws InterruptedException {
        // the timer's clock counts whole milliseconds: without a margin, an expiry came up to 1 ms early, and the
        // CLI's --timeout then reported the request's timeout instead of its alarm, its deadline not yet passed
        long[] early = new long[1];
        CountDownLatch all = new CountDownLatch(30);
        for (int i = 0; i < 30; i++) {
            long scheduled = System.nanoTime();
            timer.schedule(() -> {
                if (System.nanoTime() - scheduled < Duration.ofMillis(3).toNanos()) {
                    synchronized (early) {
                        early[0]++;
                    }
                }
                all.countDown();
            }, Duration.ofMillis(3));
            Thread.sleep(0, 300_000);
        }

        assertThat(all.await(5, TimeUnit.SECONDS)).isTrue();
        synchronized (early) {
            assertThat(early[0]).as("expiries that came before their 3 ms").isZero();
        }
    }
}
