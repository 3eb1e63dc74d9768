package io.ovsguard.ovsdb.transport;

import io.netty.util.concurrent.FastThreadLocalThread;

/** Tells whether code runs on one of the client's I/O threads, where blocking would deadlock. */
public final class IoThreads {

    private IoThreads() {
    }

    /** True on a Netty event-loop thread (every I/O thread of {@link EventLoops} is one). */
    public static boolean isIoThread() {
        return Thread.currentThread() instanceof FastThreadLocalThread;
    }
}
