package io.ovsguard.ovsdb.jsonrpc;

import java.util.Objects;
import java.util.Optional;

/**
 * The {@code error} member of a JSON-RPC response.
 *
 * <p>ovsdb-server sends either a bare string ({@code "unknown method"}) or an object with an
 * {@code error} tag and optional {@code details}. Both become a tag plus optional details; the raw
 * JSON is kept so that nothing the server said is lost.
 *
 * @param error the error tag, e.g. {@code unknown method}, {@code unknown database}, {@code canceled}
 * @param details the server's {@code details} text, if any
 * @param rawJson the error value exactly as received
 */
public record RpcError(String error, Optional<String> details, String rawJson) {

    /** What ovsdb-server answers to a request it does not implement, and what we answer likewise. */
    public static final RpcError UNKNOWN_METHOD =
            new RpcError("unknown method", Optional.empty(), "\"unknown method\"");

    public RpcError {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(rawJson, "rawJson");
    }

    public boolean isUnknownMethod() {
        return "unknown method".equals(error);
    }

    public boolean isUnknownDatabase() {
        return "unknown database".equals(error);
    }

    public boolean isCanceled() {
        return "canceled".equals(error);
    }
}
