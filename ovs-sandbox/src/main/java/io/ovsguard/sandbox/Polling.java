package io.ovsguard.sandbox;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition by checking it repeatedly until a deadline; the only place this module pauses. */
public final class Polling {
    private static final Duration DEFAULT_INTERVAL = Duration.ofMillis(20);

    private Polling() {
    }

    /** True as soon as {@code condition} holds; false once {@code timeout} has passed without it holding. */
    public static boolean await(BooleanSupplier condition, Duration timeout) {
        return await(condition, timeout, DEFAULT_INTERVAL);
    }

    public static boolean await(BooleanSupplier condition, Duration timeout, Duration interval) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (condition.getAsBoolean()) {
                return true;
            }
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            pause(interval);
        }
    }

    static void pause(Duration interval) {
        try {
            Thread.sleep(interval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("interrupted while waiting", e);
        }
    }
}
