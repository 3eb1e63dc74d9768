package io.ovsguard.archfixture.cluster;

import io.ovsguard.ovsdb.jsonrpc.RequestId;

/** Breaks the cluster rule on purpose: cluster code must use the public client API, not the wire layers. */
public final class WireLevelConnector {

    public Class<?> peek() {
        return RequestId.class;
    }
}
