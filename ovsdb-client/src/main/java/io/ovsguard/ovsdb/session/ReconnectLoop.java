package io.ovsguard.ovsdb.session;

import io.ovsguard.ovsdb.OvsdbClient;
import io.ovsguard.ovsdb.error.ConnectionException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection life of a session: connect, run the hooks, watch the connection, back off and try
 * again when it fails or drops. Every field is touched only on the loop's own event thread, which
 * makes the state machine single-threaded; listeners run on a second thread, in order.
 */
final class ReconnectLoop {

    private static final Logger log = LoggerFactory.getLogger(ReconnectLoop.class);

    private final SessionConnector connector;
    private final ReconnectBackoff backoff;
    private final RandomGenerator random;
    private final String name;
    private final ScheduledExecutorService events;
    private final ExecutorService listenerThread;
    private final List<ConnectionHook> hooks = new CopyOnWriteArrayList<>();
    private final List<SessionStateListener> listeners = new CopyOnWriteArrayList<>();

    private volatile SessionState state = SessionState.CONNECTING;
    private OvsdbClient current;
    private CompletableFuture<OvsdbClient> nextConnection = new CompletableFuture<>();
    private int failures;
    private ScheduledFuture<?> pendingAttempt;

    ReconnectLoop(SessionConnector connector, SessionOptions options, String name) {
        this.connector = connector;
        this.backoff = options.backoff();
        this.random = options.newRandom();
        this.name = name;
        this.events = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, name + "-events"));
        this.listenerThread = Executors.newSingleThreadExecutor(r -> daemon(r, name + "-listener"));
    }

    void start() {
        events.execute(this::attempt);
    }

    SessionState state() {
        return state;
    }

    void addStateListener(SessionStateListener listener) {
        listeners.add(listener);
    }

    ScheduledExecutorService events() {
        return events;
    }

    /**
     * Adds a hook for every later connection; if connected now, runs it on this connection too
     * (closing the connection if it fails, so that the next one runs every hook from the start).
     */
    CompletableFuture<Void> addHook(ConnectionHook hook) {
        return onEvents(() -> {
            hooks.add(hook);
            if (state != SessionState.CONNECTED) {
                return nextConnection.thenApply(client -> (Void) null);
            }
            OvsdbClient client = current;
            return hook.onConnected(client).whenComplete((ignored, error) -> {
                if (error != null) {
                    log.warn("{} a connection hook failed on {}; reconnecting: {}", name, client.remote(),
                            error.getMessage());
                    client.closeAsync();
                }
            });
        });
    }

    /** The connected client, now or once connected. */
    CompletableFuture<OvsdbClient> client() {
        return onEvents(() -> state == SessionState.CONNECTED
                ? CompletableFuture.completedFuture(current) : nextConnection);
    }

    /** The connected client, or failing after {@code wait} with a {@link ConnectionException}. */
    CompletableFuture<OvsdbClient> client(Duration wait) {
        CompletableFuture<OvsdbClient> result = new CompletableFuture<>();
        client().whenComplete((client, error) -> {
            if (error != null) {
                result.completeExceptionally(error);
            } else {
                result.complete(client);
            }
        });
        try {
            ScheduledFuture<?> timer = events.schedule(() -> result.completeExceptionally(new ConnectionException(
                    name + ": not connected within " + wait.toMillis() + " ms")), wait.toNanos(),
                    TimeUnit.NANOSECONDS);
            result.whenComplete((client, error) -> timer.cancel(false));
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            result.completeExceptionally(new ConnectionException(name + " is closed"));
        }
        return result;
    }

    CompletableFuture<Void> close() {
        if (events.isShutdown()) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> closed = onEvents(() -> {
            if (state == SessionState.CLOSED) {
                return CompletableFuture.completedFuture(null);
            }
            setState(SessionState.CLOSED);
            if (pendingAttempt != null) {
                pendingAttempt.cancel(false);
            }
            nextConnection.completeExceptionally(new ConnectionException(name + " is closed"));
            OvsdbClient client = current;
            current = null;
            return client == null ? CompletableFuture.completedFuture(null) : client.closeAsync();
        });
        return closed.whenComplete((ignored, error) -> {
            events.shutdown();
            listenerThread.shutdown();
        });
    }

    private void attempt() {
        if (state == SessionState.CLOSED) {
            return;
        }
        setState(SessionState.CONNECTING);
        CompletableFuture<OvsdbClient> connecting;
        try {
            connecting = connector.connect();
        } catch (RuntimeException e) {
            connecting = CompletableFuture.failedFuture(e);
        }
        connecting.whenCompleteAsync((client, error) -> {
            if (error != null) {
                failed(error);
            } else if (state == SessionState.CLOSED) {
                client.closeAsync();
            } else {
                setUp(client, 0);
            }
        }, events);
    }

    /**
     * Runs the hooks from {@code from} on, then declares the connection up. Runs on the event thread;
     * a hook added while earlier ones ran (addHook saw no connection yet) is picked up here too,
     * because the last check and the switch to CONNECTED happen on this thread.
     */
    private void setUp(OvsdbClient client, int from) {
        int upTo = hooks.size();
        runHooks(client, from, upTo).whenCompleteAsync((ignored, hookError) -> {
            if (hookError != null) {
                client.closeAsync();
                failed(hookError);
            } else if (state == SessionState.CLOSED) {
                client.closeAsync();
            } else if (hooks.size() > upTo) {
                setUp(client, upTo);
            } else {
                connected(client);
            }
        }, events);
    }

    private CompletableFuture<Void> runHooks(OvsdbClient client, int index, int end) {
        if (index == end) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> step;
        try {
            step = hooks.get(index).onConnected(client);
        } catch (RuntimeException e) {
            step = CompletableFuture.failedFuture(e);
        }
        return step.thenCompose(ignored -> runHooks(client, index + 1, end));
    }

    private void connected(OvsdbClient client) {
        if (!client.isConnected()) {
            failed(new ConnectionException("the connection to " + client.remote() + " closed during set-up"));
            return;
        }
        log.debug("{} connected to {}", name, client.remote());
        current = client;
        failures = 0;
        setState(SessionState.CONNECTED);
        CompletableFuture<OvsdbClient> waiting = nextConnection;
        nextConnection = new CompletableFuture<>();
        waiting.complete(client);
        client.closeFuture().whenCompleteAsync((ignored, error) -> lost(client), events);
    }

    private void lost(OvsdbClient client) {
        if (current != client || state == SessionState.CLOSED) {
            return;
        }
        log.warn("{} lost the connection to {}", name, client.remote());
        current = null;
        scheduleAttempt();
    }

    private void failed(Throwable error) {
        if (state == SessionState.CLOSED) {
            return;
        }
        failures++;
        log.debug("{} connection attempt {} failed: {}", name, failures, error.getMessage());
        scheduleAttempt();
    }

    private void scheduleAttempt() {
        setState(SessionState.BACKOFF);
        Duration delay = backoff.delay(Math.min(failures, 62), random);
        pendingAttempt = events.schedule(this::attempt, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void setState(SessionState next) {
        SessionState previous = state;
        if (previous == next) {
            return;
        }
        state = next;
        for (SessionStateListener listener : listeners) {
            listenerThread.execute(() -> {
                try {
                    listener.stateChanged(previous, next);
                } catch (RuntimeException e) {
                    log.error("{} a state listener failed", name, e);
                }
            });
        }
    }

    private <T> CompletableFuture<T> onEvents(java.util.function.Supplier<CompletableFuture<T>> action) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            events.execute(() -> {
                try {
                    action.get().whenComplete((value, error) -> {
                        if (error != null) {
                            result.completeExceptionally(error);
                        } else {
                            result.complete(value);
                        }
                    });
                } catch (RuntimeException e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            result.completeExceptionally(new ConnectionException(name + " is closed"));
        }
        return result;
    }

    private static Thread daemon(Runnable runnable, String threadName) {
        Thread thread = new Thread(runnable, threadName);
        thread.setDaemon(true);
        return thread;
    }
}
