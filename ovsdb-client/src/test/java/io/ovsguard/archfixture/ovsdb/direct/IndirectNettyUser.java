package io.ovsguard.archfixture.ovsdb.direct;

import io.ovsguard.archfixture.ovsdb.direct.helper.NettyHelper;

/** Deliberately breaks the direct-client rule: it reaches Netty through a helper class, not directly. */
public final class IndirectNettyUser {

    private IndirectNettyUser() {
    }

    public static boolean onEventLoop() {
        return NettyHelper.onEventLoop();
    }
}
