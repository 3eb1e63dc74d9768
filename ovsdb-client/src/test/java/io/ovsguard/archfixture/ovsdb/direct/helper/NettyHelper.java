package io.ovsguard.archfixture.ovsdb.direct.helper;

import io.netty.util.concurrent.FastThreadLocalThread;

/** Part of the direct-client rule's fixture: the Netty dependency it hides. */
public final class NettyHelper {

    private NettyHelper() {
    }

    public static boolean onEventLoop() {
        return Thread.currentThread() instanceof FastThreadLocalThread;
    }
}
