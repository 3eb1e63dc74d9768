package io.ovsguard.ovsdb.error;

import io.ovsguard.ovsdb.jsonrpc.RpcError;

/**
 * The server answered a call with a JSON-RPC {@code error}. Fallback decisions use the typed
 * predicates on {@link #error()}, never the message text.
 */
public class RpcErrorException extends OvsdbException {

    private final String method;
    private final RpcError error;

    public RpcErrorException(String method, RpcError error) {
        super(method + ": " + error.error() + error.details().map(d -> " (" + d + ")").orElse(""));
        this.method = method;
        this.error = error;
    }

    public String method() {
        return method;
    }

    public RpcError error() {
        return error;
    }
}
