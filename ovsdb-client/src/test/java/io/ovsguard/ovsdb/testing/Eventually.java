package io.ovsguard.ovsdb.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition with a deadline, for tests of asynchronous code; never a blind sleep. */
public final class Eventually {

    private static final Duration DEADLINE = Duration.ofSeconds(10);

    private Eventually() {
    }

    public static void until(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + DEADLINE + ": " + what);
            }
            Thread.sleep(2);
        }
    }
}
