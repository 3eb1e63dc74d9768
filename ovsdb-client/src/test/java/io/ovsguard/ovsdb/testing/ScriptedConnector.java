package io.ovsguard.ovsdb.testing;

import io.ovsguard.ovsdb.OvsdbClient;
import io.ovsguard.ovsdb.session.SessionConnector;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link SessionConnector} whose every attempt is a future the test completes (or fails). */
public final class ScriptedConnector implements SessionConnector {

    private final BlockingQueue<CompletableFuture<OvsdbClient>> attempts = new LinkedBlockingQueue<>();
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public CompletableFuture<OvsdbClient> connect() {
        CompletableFuture<OvsdbClient> attempt = new CompletableFuture<>();
        count.incrementAndGet();
        attempts.add(attempt);
        return attempt;
    }

    /** The next attempt the session makes, waiting up to ten seconds for it. */
    public CompletableFuture<OvsdbClient> nextAttempt() throws InterruptedException {
        CompletableFuture<OvsdbClient> attempt = attempts.poll(10, TimeUnit.SECONDS);
        if (attempt == null) {
            throw new AssertionError("the session made no further connection attempt");
        }
        return attempt;
    }

    public int attempts() {
        return count.get();
    }
}
