package io.ovsguard.ovsdb.transport;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/** Polls a condition until a deadline instead of sleeping a fixed time. */
final class Await {

    static final Duration DEFAULT = Duration.ofSeconds(10);

    private Await() {
    }

    static void until(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + DEFAULT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(5);
        }
    }

    /** The future's value, failing the test if it takes longer than the default deadline. */
    static <T> T result(CompletableFuture<T> future) throws InterruptedException, ExecutionException {
        try {
            return future.get(DEFAULT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("the future did not complete within " + DEFAULT, e);
        }
    }

    /** Why the future failed, failing the test if it succeeds or takes longer than the default deadline. */
    static Throwable failure(CompletableFuture<?> future) throws InterruptedException {
        try {
            future.get(DEFAULT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            throw new AssertionError("the future did not complete within " + DEFAULT, e);
        }
        throw new AssertionError("expected the future to fail, but it succeeded");
    }
}
