package io.ovsguard.ovsdb.monitor;

/**
 * An {@link UpdateListener} that is quick and never blocks, so the client calls it on the thread
 * that reads the connection instead of handing each update to its delivery thread: no thread
 * wake-up per update. Calls are still one at a time and in the order the server sent the updates.
 * A listener that runs user code must pass it to a thread of its own.
 */
@FunctionalInterface
public interface NonBlockingUpdateListener extends UpdateListener {
}
