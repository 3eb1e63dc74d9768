package io.ovsguard.ovsdb.jsonrpc;

/**
 * An opaque JSON value carried by a JSON-RPC message (params, result or an error value).
 *
 * <p>The JSON representation belongs to the {@code codec} package, so that this package and the
 * transport never depend on a JSON library. Implementations are immutable.
 */
public interface Payload {

    /** The value as compact JSON text, for logs, diagnostics and equality in tests. */
    String toJson();
}
